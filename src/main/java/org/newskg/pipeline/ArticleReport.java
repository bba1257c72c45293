package org.newskg.pipeline;

import org.newskg.store.WriteOutcome;

/** What ingest did with one article. */
public record ArticleReport(String iri, String title, String date, String dateSource, String sourceFile,
                            int actors, int events, long triples, WriteOutcome outcome) {}
