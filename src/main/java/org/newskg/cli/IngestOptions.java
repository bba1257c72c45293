package org.newskg.cli;

import java.io.PrintWriter;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.PipelineBuilder;
import org.newskg.store.ArticleStore;
import org.newskg.store.AutoCompaction;
import org.newskg.store.NewsStore;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How articles are ingested: the options {@code ingest} and {@code serve --ingest} share, so that both
 * build their {@link Pipeline} the same way.
 */
final class IngestOptions {
    @Mixin
    CurationOptions curation;

    @Option(names = "--strict", description = "Exit non-zero when any input is rejected.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that read and extract (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Pipeline.DEFAULT_BATCH,
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}; at most 25 with --store).")
    int batch;

    @Option(names = "--max-bytes", paramLabel = "SIZE", converter = ByteSize.class, defaultValue = "4M",
            description = "Largest article read: a text or HTML file, or one JSON line (default: ${DEFAULT-VALUE}; K, M, G allowed). "
                    + "Larger inputs are rejected unread.")
    long maxBytes;

    @Option(names = "--no-compact", description = "Never compact the store after the ingest (by default a local store is compacted "
            + "once its disk blocks pass 3 times its size after the last compaction, and it is over 256 MB).")
    boolean noCompact;

    /**
     * A pipeline into {@code sink} with these options (and the default extractor); the caller gives the
     * source and listener. An option out of range is a usage error of {@code cmd}.
     */
    /**
     * After a run that changed a local store: merges a search index of many segments into one, and
     * compacts a store that has outgrown its data (see AutoCompaction), saying what it did.
     */
    void tidyStore(ArticleStore sink, IngestSummary run, PrintWriter out) {
        if (!(sink instanceof NewsStore store) || run.added() + run.replaced() == 0) return;
        int segments = store.mergeSearchIndex();
        if (segments > 0) {
            out.printf("merged the search index's %d segments into one (a search opens every segment)%n", segments);
            out.flush();
        }
        if (noCompact) return;
        AutoCompaction.Outcome o = new AutoCompaction().apply(store);
        if (!o.compacted()) return;
        out.printf("compacted the store: %.1f MB -> %.1f MB in use for %,d quads (it had passed %.1f MB, %.0fx its compacted size)%n",
                o.bytesBefore() / 1e6, o.bytesAfter() / 1e6, o.quads(), o.limitBytes() / 1e6, AutoCompaction.RATIO);
        out.flush();
    }

    PipelineBuilder pipeline(ArticleStore sink, CommandLine cmd) {
        try {
            return Pipeline.builder(sink).curation(curation.load()).threads(threads).batch(batch).maxBytes(maxBytes);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "--" + e.getMessage().replaceFirst("^batch size", "batch"));
        }
    }
}
