package org.newskg.pipeline;

/** Totals of one ingest run. */
public record IngestSummary(int added, int replaced, int unchanged, int rejected, long triples, long millis) {
    /** Articles that are in the store after the run. */
    public int stored() {
        return added + replaced + unchanged;
    }

    /** The totals of this run and {@code other} together, as one run. */
    public IngestSummary plus(IngestSummary other) {
        return new IngestSummary(added + other.added, replaced + other.replaced, unchanged + other.unchanged,
                rejected + other.rejected, triples + other.triples, millis + other.millis);
    }

    /** No run at all. */
    public static IngestSummary none() {
        return new IngestSummary(0, 0, 0, 0, 0, 0);
    }
}
