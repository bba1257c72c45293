package org.newskg.store;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.QuerySolution;
import org.newskg.rdf.ArticleGraph;

/**
 * A sink that can also be read: the embedded TDB2 store ({@link NewsStore}) or a remote SPARQL 1.1
 * store ({@link RemoteStore}), which ingest resolves against. Each article's graph is written whole or
 * not at all.
 */
public interface ArticleStore extends GraphSink {
    /**
     * Writes article graphs; an article already there with the same content is left untouched. Each
     * result says what was done and, for a replacement, the title and text hash of what was replaced.
     */
    @Override
    List<WriteResult> write(List<ArticleGraph> batch);

    /**
     * Most articles the store writes in one transaction. Ingest batches are no larger, so that the
     * resolver learns what other writers stored before each one.
     */
    @Override
    default int largestBatch() {
        return Integer.MAX_VALUE;
    }

    /** Runs a read-only SELECT over the union of the article graphs; each row is valid inside the callback. */
    void select(String query, Consumer<QuerySolution> row);
}
