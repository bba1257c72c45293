package org.newskg.resolve;

import org.newskg.ingest.Article;

/**
 * What the store holds of an article that resolution needs to know: the hash of what its graph was
 * made from ({@code nkg:sourceHash}), and the date and date source it was given, to report it
 * (the source null when none is stored or the stored label is not one newskg writes).
 */
public record StoredArticle(String sourceHash, String date, Article.DateSource dateSource) {}
