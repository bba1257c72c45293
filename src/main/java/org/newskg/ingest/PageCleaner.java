package org.newskg.ingest;

/** Turns one raw page (plain text or HTML) into its metadata and body paragraphs. */
public interface PageCleaner {
    /** Cleans {@code raw}; never null, possibly with no paragraphs when the page holds no article. */
    CleanedPage clean(String raw);
}
