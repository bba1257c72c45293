package org.newskg.pipeline;

import org.newskg.store.WriteOutcome;

/**
 * What ingest did with one article.
 *
 * @param replacedOtherPage the title of a different page (another title and text) that this article
 *                          replaced under the same IRI, or null
 */
public record ArticleReport(String iri, String title, String date, String dateSource, String sourceFile,
                            int actors, int events, long triples, WriteOutcome outcome, String replacedOtherPage) {}
