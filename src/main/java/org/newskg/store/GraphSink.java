package org.newskg.store;

import java.util.List;
import org.newskg.rdf.ArticleGraph;

/**
 * Where article graphs go: a store that can also be read ({@link ArticleStore}: TDB2 or remote SPARQL)
 * or files ({@link NQuadsShards}). Each graph goes with its provenance stamped ({@link org.newskg.rdf.Provenance}).
 */
public interface GraphSink extends AutoCloseable {
    /**
     * Writes article graphs, in order. Each result says what was done and, for a replacement, the title
     * and text hash of what was replaced.
     */
    List<WriteResult> write(List<ArticleGraph> batch);

    /** Most articles the sink writes at once; ingest batches are no larger. */
    default int largestBatch() {
        return Integer.MAX_VALUE;
    }

    @Override
    void close();

    /** A sink that keeps nothing, for a run that only wants what its listener is told. */
    static GraphSink discarding() {
        return new GraphSink() {
            @Override
            public List<WriteResult> write(List<ArticleGraph> batch) {
                return batch.stream().map(g -> WriteResult.added()).toList();
            }

            @Override
            public void close() {}
        };
    }
}
