package org.newskg.pipeline;

import org.newskg.ingest.Article;
import org.newskg.store.WriteOutcome;

/**
 * What ingest did with one article.
 *
 * @param dateSource        where the date came from, or null when nothing says (or extraction JSON names a source newskg does not)
 * @param replacedOtherPage the title of a different page (another title and text) that this article
 *                          replaced under the same IRI, or null
 * @param file              the input file it came from (an article file, JSON Lines or extraction JSON Lines)
 */
public record ArticleReport(String iri, String title, String date, Article.DateSource dateSource, String sourceFile,
                            int actors, int events, long triples, WriteOutcome outcome, String replacedOtherPage,
                            java.nio.file.Path file) {}
