package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newskg.rdf.ArticleGraph;
import org.newskg.store.GraphSink;
import org.newskg.store.WriteOutcome;
import org.newskg.store.WriteResult;

/**
 * Articles waiting for their batch: written in one transaction of the sink when the batch is full or
 * flushed, then counted and reported to the listener in input order.
 */
final class BatchWriter {
    private final GraphSink sink;
    private final int batchSize;
    private final IngestListener listener;
    private final List<Pending> pending = new ArrayList<>();
    /** Graphs stored since the resolver last learned what the store holds, with their content hash. */
    private final Map<String, String> written = new HashMap<>();
    private int added;
    private int replaced;
    private int unchanged;
    private long triples;

    BatchWriter(GraphSink sink, int batchSize, IngestListener listener) {
        this.sink = sink;
        this.batchSize = batchSize;
        this.listener = listener;
    }

    /** An article waiting for its batch's transaction; a graph of null is one already stored, reported but not written. */
    private record Pending(ArticleGraph graph, ArticleReport report) {}

    /** True when no article waits: a new batch starts with the next one. */
    boolean batchStarts() {
        return pending.isEmpty();
    }

    /** The graphs stored since the last call, by IRI, with their content hash. */
    Map<String, String> takeWritten() {
        Map<String, String> out = new HashMap<>(written);
        written.clear();
        return out;
    }

    /** Queues an article (a null graph: already stored, only reported); writes the batch when it is full. */
    void add(ArticleGraph graph, ArticleReport report) {
        pending.add(new Pending(graph, report));
        if (pending.size() >= batchSize) flush();
    }

    void flush() {
        if (pending.isEmpty()) return;
        List<ArticleGraph> graphs = pending.stream().map(Pending::graph).filter(g -> g != null).toList();
        List<WriteResult> results = graphs.isEmpty() ? List.of() : sink.write(graphs);
        int next = 0;
        for (Pending p : pending) {
            WriteResult result = p.graph() == null ? null : results.get(next++);
            WriteOutcome o = result == null ? WriteOutcome.UNCHANGED : result.outcome();
            if (p.graph() != null) written.put(p.graph().iri(), p.graph().contentHash());
            switch (o) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
            ArticleReport r = p.report();
            if (o != WriteOutcome.UNCHANGED) triples += r.triples();
            listener.stored(new ArticleReport(r.iri(), r.title(), r.date(), r.dateSource(), r.sourceFile(), r.actors(), r.events(),
                    r.triples(), o, result == null ? null : otherPageReplaced(p.graph(), result.replaced()), r.file()));
        }
        pending.clear();
    }

    /** The totals of what was written, with the run's rejections and time. */
    IngestSummary summary(int rejected, long millis) {
        return new IngestSummary(added, replaced, unchanged, rejected, triples, millis);
    }

    /**
     * The title of the article {@code g} replaced when that was another page (title and text both
     * differ: a site-wide URL, or a recycled one), else null; a new version of the same page keeps one.
     */
    private static String otherPageReplaced(ArticleGraph g, WriteResult.Previous previous) {
        if (previous == null || previous.title() == null || previous.title().equals(g.title())) return null;
        return Objects.equals(previous.textHash(), g.textHash()) ? null : previous.title();
    }
}
