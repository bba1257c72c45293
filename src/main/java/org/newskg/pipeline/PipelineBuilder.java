package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.newskg.extract.Extractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.ReadResult;
import org.newskg.resolve.Curation;
import org.newskg.store.GraphSink;

/** How a {@link Pipeline} is made; everything but the sink and the listener has a default. */
public final class PipelineBuilder {
    final GraphSink sink;
    BiFunction<Path, Article, Article> transform = (file, a) -> a;
    boolean skipUnchanged = true;
    List<Path> files = List.of();
    List<Path> extractions = List.of();
    List<ReadResult> fetched = List.of();
    Extractor extractor;
    Curation curation;
    IngestListener listener;
    int batch = Pipeline.DEFAULT_BATCH;
    int threads = Runtime.getRuntime().availableProcessors();
    long maxBytes = Pipeline.DEFAULT_MAX_BYTES;
    long extractionHeap;

    PipelineBuilder(GraphSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * A step applied to each article read from a file (with the file), before it is extracted
     * (default: none). It runs on the worker threads.
     */
    public PipelineBuilder transform(BiFunction<Path, Article, Article> step) {
        this.transform = Objects.requireNonNull(step, "step");
        return this;
    }

    /**
     * Whether an article whose graph the store holds already, made from the same source, is reported
     * unchanged without being resolved again (default true; it needs a store). Off, graphs carry no
     * {@code nkg:sourceHash} and every article is resolved and mapped afresh.
     */
    public PipelineBuilder skipUnchanged(boolean skip) {
        this.skipUnchanged = skip;
        return this;
    }

    /** Article files and directories (.txt, .html/.htm, .jsonl; directories recursively, in sorted order). */
    public PipelineBuilder files(List<Path> paths) {
        this.files = List.copyOf(paths);
        return this;
    }

    /** Articles read elsewhere (pages fetched from the web), and the refusals met reading them; ingested after the files. */
    public PipelineBuilder fetched(List<ReadResult> pages) {
        this.fetched = List.copyOf(pages);
        return this;
    }

    /** Extraction JSON Lines written by any extractor, ingested after the files. */
    public PipelineBuilder extractions(List<Path> paths) {
        this.extractions = List.copyOf(paths);
        return this;
    }

    /** The extractor (default: {@link Extractors#defaultExtractor()}). */
    public PipelineBuilder extractor(Extractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        return this;
    }

    /** Analysts' corrections to resolution (default: none). */
    public PipelineBuilder curation(Curation curation) {
        this.curation = Objects.requireNonNull(curation, "curation");
        return this;
    }

    /** Told what happens to each input. */
    public PipelineBuilder listener(IngestListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Articles per write transaction (default {@value #Pipeline.DEFAULT_BATCH}; at most what the sink takes at once). */
    public PipelineBuilder batch(int n) {
        if (n < 1) throw new IllegalArgumentException("batch size must be at least 1, got " + n);
        this.batch = n;
        return this;
    }

    /** How many threads read and extract (default: the number of cores). */
    public PipelineBuilder threads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be at least 1, got " + n);
        this.threads = n;
        return this;
    }

    /** The largest article read: a text or HTML file, or one JSON line (default 4 MB). */
    public PipelineBuilder maxBytes(long n) {
        if (n < 1) throw new IllegalArgumentException("max bytes must be at least 1, got " + n);
        this.maxBytes = n;
        return this;
    }

    /** The heap extraction may take at once (default: the JVM's -Xmx); for tests of the bound. */
    PipelineBuilder extractionHeap(long bytes) {
        this.extractionHeap = bytes;
        return this;
    }

    public Pipeline build() {
        return new Pipeline(this);
    }
}
