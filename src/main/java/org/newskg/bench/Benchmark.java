package org.newskg.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newskg.FileTrees;
import org.newskg.NewskgException;
import org.newskg.extract.Extractor;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ReadResult;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.IngestSummary;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.store.AutoCompaction;
import org.newskg.store.ExportFormat;
import org.newskg.store.NewsStore;

/**
 * One benchmark run over a synthetic corpus, every stage measured in this process: extraction on
 * one thread and on all cores; end-to-end ingest into a fresh TDB2 store; our writer alone on the
 * same article graphs and Jena's own bulk loader on the same quads, in fresh stores; store size;
 * peak heap; latency of every saved template over HTTP.
 */
public final class Benchmark {
    /** Articles read and extracted before timing: enough for the JIT to compile the rules, so one thread is not timed cold. */
    private static final int WARMUP = 2000;
    private final Extractor extractor;
    private final int threads;
    private final Consumer<String> progress;

    /** {@code progress} hears of each stage as it starts (a large run takes many minutes). */
    public Benchmark(Extractor extractor, int threads, Consumer<String> progress) {
        this.extractor = extractor;
        this.threads = threads;
        this.progress = progress;
    }

    public BenchResult run(int n, long seed, Path work) throws Exception {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Path corpus = work.resolve("corpus");
        progress.accept("generating " + n + " articles");
        new CorpusGenerator(seed).writeTo(corpus, n);
        List<Path> files;
        try (var s = Files.list(corpus)) {
            files = s.sorted().toList();
        }
        // Warm up first (gazetteers loaded, code compiled), so the figures measure steady work.
        progress.accept("extraction, one thread and " + threads);
        files.subList(0, Math.min(files.size(), WARMUP)).forEach(this::extractOne);
        double oneThread = n / seconds(() -> files.forEach(this::extractOne));
        ForkJoinPool pool = new ForkJoinPool(threads);
        double allCores = n / seconds(() -> pool.submit(() -> files.parallelStream().forEach(this::extractOne)).join());
        pool.shutdown();

        progress.accept("ingest into a fresh store");
        IngestSummary summary;
        long ingestStart = System.nanoTime();
        try (NewsStore store = NewsStore.open(work.resolve("store"))) {
            summary = Pipeline.builder(store).extractor(extractor).listener(quiet()).threads(threads).files(List.of(corpus)).build().run();
        }
        double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
        if (summary.stored() != n) throw new NewskgException("benchmark ingest stored " + summary.stored() + " of " + n + " articles");

        Path quadsFile = work.resolve("quads.nq");
        long quads;
        long storeBytes;
        long bytesBeforeCompaction;
        double compactionSeconds;
        java.util.Map<String, double[]> latency;
        try (NewsStore store = NewsStore.open(work.resolve("store"))) {
            // What `ingest` does at its end: merge a search index of many segments, and compact the store
            // when it has outgrown its data.
            bytesBeforeCompaction = diskUsage(work.resolve("store"));
            long c0 = System.nanoTime();
            store.mergeSearchIndex();
            boolean compacted = new AutoCompaction().apply(store).compacted();
            compactionSeconds = compacted ? (System.nanoTime() - c0) / 1e9 : 0;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(quadsFile))) {
                store.export(ExportFormat.NQ, out);
            }
            quads = store.stats().quads();
            storeBytes = diskUsage(work.resolve("store"));
            progress.accept("template latency over HTTP on " + quads + " quads");
            latency = QueryLatency.measure(store, null);
        }
        // Each store goes once measured: at 100k articles each takes tens of GB.
        FileTrees.delete(work.resolve("store"));
        progress.accept("our writer alone, into a fresh store");
        double writerSeconds = writerAlone(files, work.resolve("writer"));
        FileTrees.delete(work.resolve("writer"));
        progress.accept("Jena's basic loader on the same quads, into a fresh store");
        double jenaSeconds = jenaLoader(quadsFile, work.resolve("jena"));
        long loaderBytes = diskUsage(work.resolve("jena"));
        FileTrees.delete(work.resolve("jena"));
        long peakHeap = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peakHeap += p.getPeakUsage().getUsed();
        }
        double[] all = latency.remove("*");
        return new BenchResult(n, oneThread, allCores, n / ingestSeconds, summary.triples() / ingestSeconds, quads,
                quads / writerSeconds, quads / jenaSeconds, writerSeconds / jenaSeconds, bytesBeforeCompaction, compactionSeconds,
                storeBytes, loaderBytes, peakHeap >> 20, all[0], all[1], latency);
    }

    private void extractOne(Path f) {
        for (ReadResult r : new ArticleReader().read(f)) {
            if (r instanceof ReadResult.Read read) extractor.extract(read.article());
        }
    }

    /**
     * Our writer stage alone: article graphs are made a batch at a time (not timed) and written into a
     * fresh store (timed), so only the writes count and memory holds one batch.
     */
    private double writerAlone(List<Path> files, Path dir) {
        ExtractionMapper mapper = new ExtractionMapper();
        long nanos = 0;
        try (NewsStore store = NewsStore.open(dir)) {
            List<ArticleGraph> batch = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                for (ReadResult r : new ArticleReader().read(files.get(i))) {
                    if (r instanceof ReadResult.Read read) batch.add(mapper.map(extractor.extract(read.article())));
                }
                if (batch.size() >= Pipeline.DEFAULT_BATCH || i == files.size() - 1) {
                    long t0 = System.nanoTime();
                    store.write(batch);
                    nanos += System.nanoTime() - t0;
                    batch = new ArrayList<>();
                }
            }
        }
        return nanos / 1e9;
    }

    /** Jena's basic bulk loader (the fastest here) on the same quads, into a fresh store. */
    private static double jenaLoader(Path quads, Path dir) {
        var dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.basicLoader(dsg, (fmt, args) -> {});
            return seconds(() -> {
                loader.startBulk();
                loader.load(quads.toString());
                loader.finishBulk();
            });
        } finally {
            dsg.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
    }

    /** The store's disk blocks in use (its files are sparse), or their apparent size where that is unknown. */
    static long diskUsage(Path dir) {
        return org.newskg.store.StoreSize.of(dir).bestBytes();
    }

    private static double seconds(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static IngestListener quiet() {
        return IngestListener.onRejected(problem -> {
            throw new NewskgException("benchmark article rejected: " + problem.getMessage());
        });
    }
}
