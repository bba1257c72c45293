package org.newskg.cli;

import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.PipelineBuilder;
import org.newskg.store.ArticleStore;
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

    /**
     * A pipeline into {@code sink} with these options (and the default extractor); the caller gives the
     * source and listener. An option out of range is a usage error of {@code cmd}.
     */
    PipelineBuilder pipeline(ArticleStore sink, CommandLine cmd) {
        try {
            return Pipeline.builder(sink).curation(curation.load()).threads(threads).batch(batch).maxBytes(maxBytes);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "--" + e.getMessage().replaceFirst("^batch size", "batch"));
        }
    }
}
