package org.newskg.resolve;

/**
 * What the store holds of an article that resolution needs to know: the hash of what its graph was
 * made from ({@code nkg:sourceHash}), and the date and date source it was given, to report it.
 */
public record StoredArticle(String sourceHash, String date, String dateSource) {}
