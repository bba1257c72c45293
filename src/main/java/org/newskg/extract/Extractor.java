package org.newskg.extract;

import org.newskg.ingest.Article;

/** Extracts actors and events from one cleaned article. Implementations are thread-safe. */
public interface Extractor {
    Extraction extract(Article article);
}
