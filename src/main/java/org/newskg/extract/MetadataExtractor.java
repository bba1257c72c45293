package org.newskg.extract;

import java.util.List;
import org.newskg.Version;
import org.newskg.ingest.Article;

/** The article's metadata and text with no actors or events: the baseline every extractor extends. */
public final class MetadataExtractor implements Extractor {
    public static final String NAME = "newskg-metadata";

    @Override
    public Extraction extract(Article a) {
        return new Extraction(info(a, NAME, Version.CURRENT), List.of(), List.of());
    }

    /** The article part of an extraction, stamped with the extractor that made it. */
    public static Extraction.ArticleInfo info(Article a, String extractor, String version) {
        return new Extraction.ArticleInfo(a.key(), a.key(), a.url(), a.title(), a.date(), a.dateSource(), null, a.text(),
                a.sourceFile(), extractor, version);
    }
}
