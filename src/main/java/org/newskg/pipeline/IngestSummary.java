package org.newskg.pipeline;

/** Totals of one ingest run. */
public record IngestSummary(int added, int replaced, int unchanged, int rejected, long triples, long millis) {
    /** Articles that are in the store after the run. */
    public int stored() {
        return added + replaced + unchanged;
    }
}
