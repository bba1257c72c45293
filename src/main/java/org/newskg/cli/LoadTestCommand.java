package org.newskg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newskg.bench.LoadResult;
import org.newskg.bench.LoadTest;
import org.newskg.extract.Extractors;
import org.newskg.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Load the server: concurrent clients call every saved template over loopback HTTP for a while, "
                + "while more generated articles are ingested through the same server. Prints requests/s, latency "
                + "percentiles (nearest rank) and errors, overall and per template.",
                "The store is a fresh one of generated articles unless --db names one. Exit 1 when any request failed "
                + "or the ingest through the server did not store every article."})
final class LoadTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "3000", description = "Articles in the generated store (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--extra", paramLabel = "N", defaultValue = "300", description = "Articles ingested through the server during the load (default: ${DEFAULT-VALUE}).")
    int extra;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "Length of the load (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "100000", description = "Most requests in all (default: ${DEFAULT-VALUE}).")
    long maxRequests;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the corpus; the extra articles use S+1 (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--db", paramLabel = "DIR", description = "Load this existing store (it gains the extra articles) instead of a generated one; --articles is then ignored.")
    Path db;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "0", description = "Serve with this rate limit per client "
            + "address, as serve --rate-limit (all clients share the loopback address); refused requests are counted apart, "
            + "and the clients wait as Retry-After says (default: ${DEFAULT-VALUE}, no limit).")
    int rateLimit;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 0 || extra < 0) throw new ParameterException(spec.commandLine(), "--articles and --extra must not be negative");
        LoadTest test;
        try {
            test = new LoadTest(Extractors.defaultExtractor(), clients, Duration.ofSeconds(seconds), maxRequests, rateLimit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        LoadResult r;
        try (ScratchDir work = new ScratchDir("newskg-loadtest");
             NewsStore store = db != null ? NewsStore.openExisting(db) : NewsStore.open(work.path.resolve("store"))) {
            if (db == null) test.fill(store, articles, seed, work.path.resolve("corpus"), line -> progress(err, line));
            r = test.run(store, extra, seed + 1, work.path, line -> progress(err, line));
        }
        out.print(json ? json(r) + "\n" : table(r));
        out.flush();
        if (r.ok()) return Newskg.OK;
        r.failures().forEach(f -> err.printf("failed: %s -> %s %s%n", f.template(), f.status() == 0 ? "no answer" : "HTTP " + f.status(), f.message()));
        if (r.errors() > r.failures().size()) err.printf("failed: ... %d failed requests in all%n", r.errors());
        r.ingestProblems().forEach(p -> err.println("ingest: " + p));
        err.flush();
        return Newskg.SOFTWARE;
    }

    private static void progress(PrintWriter err, String line) {
        err.println("loadtest: " + line);
        err.flush();
    }

    private String table(LoadResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("newskg loadtest: %d articles in the store, %d clients, %.0f s window, %d cores%n", r.articles(), r.clients(),
                r.windowSeconds(), Runtime.getRuntime().availableProcessors()));
        b.append(String.format("  rate limit                    %10s%n", r.rateLimit() == 0 ? "none" : r.rateLimit() + " requests/s per client address"));
        b.append(String.format("  requests                      %10d   (%d errors, %d refused by the rate limit)%n", r.requests(), r.errors(), r.throttled()));
        b.append(String.format("  throughput                    %10.1f requests/s over %.1f s, %.1f/s served%n", r.requestsPerS(), r.elapsedSeconds(),
                r.servedPerS()));
        b.append(String.format("  latency (nearest rank)        p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", r.p50Ms(), r.p95Ms(), r.p99Ms(), r.maxMs()));
        b.append(String.format("  ingest through the server     %d articles in %.1f s, %.1f articles/s (%s)%n", r.extraIngested(), r.ingestSeconds(),
                r.ingestArticlesPerS(), ingestNote(r)));
        b.append(String.format("  articles in the store after   %10d%n", r.articlesAfter()));
        b.append(String.format("    %-24s %8s %6s %9s %9s%n", "template", "requests", "errors", "p50 ms", "p95 ms"));
        r.perTemplate().forEach((name, t) -> b.append(String.format("    %-24s %8d %6d %9.1f %9.1f%n", name, t.requests(), t.errors(), t.p50Ms(), t.p95Ms())));
        return b.toString();
    }

    private String ingestNote(LoadResult r) {
        if (r.ingestFinishedInWindow()) return "finished within the window";
        if (r.ingestSeconds() <= r.elapsedSeconds()) return "outlasted the window; the clients kept going until it finished";
        return String.format("outlasted the clients, which stopped at %s after %.1f s", r.requests() >= maxRequests ? "the request bound"
                : "three windows", r.elapsedSeconds());
    }

    private static String json(LoadResult r) throws IOException {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("articles", r.articles()).put("extra_ingested", r.extraIngested()).put("clients", r.clients())
                .put("seconds", r.windowSeconds()).put("elapsed_s", r.elapsedSeconds()).put("rate_limit", r.rateLimit())
                .put("requests", r.requests()).put("throttled", r.throttled()).put("errors", r.errors())
                .put("requests_per_s", r.requestsPerS()).put("served_per_s", r.servedPerS()).put("p50_ms", r.p50Ms()).put("p95_ms", r.p95Ms())
                .put("p99_ms", r.p99Ms()).put("max_ms", r.maxMs()).put("ingest_articles_per_s", r.ingestArticlesPerS())
                .put("ingest_s", r.ingestSeconds()).put("ingest_finished_in_window", r.ingestFinishedInWindow())
                .put("articles_after", r.articlesAfter());
        r.ingestProblems().forEach(o.putArray("ingest_problems")::add);
        ObjectNode per = o.putObject("templates");
        r.perTemplate().forEach((name, t) -> per.putObject(name).put("requests", t.requests()).put("errors", t.errors())
                .put("p50_ms", t.p50Ms()).put("p95_ms", t.p95Ms()));
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(o);
    }
}
