package org.newskg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.bench.BenchResult;
import org.newskg.bench.Benchmark;
import org.newskg.bench.CorpusGenerator;
import org.newskg.bench.QueryLatency;
import org.newskg.extract.Extractors;
import org.newskg.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure newskg on a synthetic corpus: extraction (one thread, all cores), end-to-end ingest, our "
                + "writer against Jena's bulk loader on the same quads, store size, peak heap, and the latency of every "
                + "saved template over HTTP.", "With --generate DIR, only write the corpus as files, for other tools."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--generate", paramLabel = "DIR", description = "Write the corpus into DIR and stop.")
    Path generate;

    @Option(names = "--latency", paramLabel = "DIR",
            description = "Only measure the saved templates' latency over HTTP on the existing store DIR.")
    Path latencyOn;

    @Option(names = "--queries", paramLabel = "DIR", description = "With --latency: the templates in DIR instead of the bundled ones.")
    Path queries;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (generate != null) {
            int n = new CorpusGenerator(seed).writeTo(generate, articles).size();
            out.printf("wrote %d articles to %s%n", n, generate);
            out.flush();
            return Newskg.OK;
        }
        if (latencyOn != null) {
            try (NewsStore store = NewsStore.openExisting(latencyOn)) {
                latencyTable(QueryLatency.measure(store, queries), out);
            }
            out.flush();
            return Newskg.OK;
        }
        BenchResult r;
        try (ScratchDir work = new ScratchDir("newskg-bench")) {
            PrintWriter err = spec.commandLine().getErr();
            r = new Benchmark(Extractors.defaultExtractor(), threads, stage -> {
                err.printf("bench: %tT %s%n", System.currentTimeMillis(), stage);
                err.flush();
            }).run(articles, seed, work.path);
        }
        out.print(json ? json(r) + "\n" : table(r));
        out.flush();
        return Newskg.OK;
    }

    private String table(BenchResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("newskg bench: %d articles, seed %d, %d threads, %d cores%n", r.articles(), seed, threads,
                Runtime.getRuntime().availableProcessors()));
        b.append(String.format("  extraction, one thread        %10.1f articles/s%n", r.extractArticlesPerSOneThread()));
        b.append(String.format("  extraction, all threads       %10.1f articles/s%n", r.extractArticlesPerS()));
        b.append(String.format("  ingest end to end             %10.1f articles/s   %10.0f triples/s%n", r.ingestArticlesPerS(), r.ingestTriplesPerS()));
        b.append(String.format("  quads in store                %10d%n", r.quads()));
        b.append(String.format("  our writer alone              %10.0f quads/s%n", r.writerQuadsPerS()));
        b.append(String.format("  Jena basic bulk loader        %10.0f quads/s%n", r.jenaLoaderTriplesPerS()));
        b.append(String.format("  load time ratio, ours / Jena  %10.2f%n", r.loadRatioVsJenaLoader()));
        b.append(String.format("  store on disk after ingest    %10.1f MB   (Jena's basic loader: %.1f MB, ratio %.2f)%n", r.storeBytes() / 1e6,
                r.loaderBytes() / 1e6, (double) r.storeBytes() / r.loaderBytes()));
        b.append(r.compactionSeconds() > 0
                ? String.format("  compacted at the ingest's end  %9.1f s    (%.1f MB before)%n", r.compactionSeconds(), r.bytesBeforeCompaction() / 1e6)
                : String.format("  not compacted (under %.0fx its compacted size)%n", org.newskg.store.AutoCompaction.RATIO));
        b.append(String.format("  peak heap                     %10d MB%n", r.peakHeapMb()));
        b.append(latencyLines(r.queryP50Ms(), r.queryP95Ms(), r.perTemplate()));
        return b.toString();
    }

    private static void latencyTable(Map<String, double[]> latency, PrintWriter out) {
        double[] all = latency.remove("*");
        out.print(latencyLines(all[0], all[1], latency));
    }

    /** Latency over all calls, then a line per template ("failed" for one that erred or timed out). */
    private static String latencyLines(double p50, double p95, Map<String, double[]> perTemplate) {
        StringBuilder b = new StringBuilder(String.format("  templates over HTTP           p50 %.1f ms, p95 %.1f ms%n", p50, p95));
        perTemplate.forEach((name, p) -> b.append(Double.isNaN(p[0]) ? String.format("    %-24s failed (error or timeout)%n", name)
                : String.format("    %-24s p50 %7.1f ms   p95 %7.1f ms%n", name, p[0], p[1])));
        return b.toString();
    }

    private static String json(BenchResult r) throws IOException {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("articles", r.articles()).put("extract_articles_per_s_one_thread", r.extractArticlesPerSOneThread())
                .put("extract_articles_per_s", r.extractArticlesPerS()).put("ingest_articles_per_s", r.ingestArticlesPerS())
                .put("ingest_triples_per_s", r.ingestTriplesPerS()).put("quads", r.quads())
                .put("writer_quads_per_s", r.writerQuadsPerS()).put("jena_loader_triples_per_s", r.jenaLoaderTriplesPerS())
                .put("load_ratio_vs_jena_loader", r.loadRatioVsJenaLoader()).put("store_bytes", r.storeBytes())
                .put("store_bytes_after_ingest", r.storeBytes()).put("store_bytes_before_compaction", r.bytesBeforeCompaction())
                .put("compaction_seconds", r.compactionSeconds()).put("basic_loader_bytes", r.loaderBytes())
                .put("store_ratio_vs_basic_loader", (double) r.storeBytes() / r.loaderBytes())
                .put("peak_heap_mb", r.peakHeapMb()).put("query_p50_ms", r.queryP50Ms()).put("query_p95_ms", r.queryP95Ms());
        // The search template's p95 on its own: the full-text index is issue 17's, and a missing or failed one is null.
        double[] search = r.perTemplate().get("search");
        if (search == null || Double.isNaN(search[1])) o.putNull("search_p95_ms");
        else o.put("search_p95_ms", search[1]);
        ObjectNode per = o.putObject("templates");
        r.perTemplate().forEach((name, p) -> {
            if (Double.isNaN(p[0])) per.putObject(name).put("failed", true);
            else per.putObject(name).put("p50_ms", p[0]).put("p95_ms", p[1]);
        });
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(o);
    }
}
