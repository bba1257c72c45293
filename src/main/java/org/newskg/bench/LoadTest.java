package org.newskg.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.newskg.NewskgException;
import org.newskg.extract.Extractor;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.IngestSummary;
import org.newskg.rdf.NKG;
import org.newskg.serve.NewsServer;
import org.newskg.serve.ServerOptions;
import org.newskg.store.NewsStore;

/**
 * A load test of the server: clients call the saved templates over loopback HTTP for a window of
 * time, while more generated articles are ingested through the same server, as they would be on a
 * live store. When the ingest outlasts the window the clients keep going until it ends (at most
 * three windows), so that every read is timed against concurrent writes.
 */
public final class LoadTest {
    /** Query timeout of the server under load; a request gets this and a margin before the client gives up. */
    private static final int QUERY_TIMEOUT_S = 60;
    private static final int LIMIT_IN_WINDOWS = 3;
    private final Extractor extractor;
    private final int clients;
    private final Duration window;
    private final long maxRequests;
    private final int rateLimit;

    /** {@code rateLimit}: the server's requests per second per client address, as {@code serve --rate-limit}; 0 for none. */
    public LoadTest(Extractor extractor, int clients, Duration window, long maxRequests, int rateLimit) {
        if (clients < 1) throw new IllegalArgumentException("--clients must be at least 1, got " + clients);
        if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("--seconds must be at least 1, got " + window.toSeconds());
        if (maxRequests < 1) throw new IllegalArgumentException("--max-requests must be at least 1, got " + maxRequests);
        this.extractor = extractor;
        this.clients = clients;
        this.window = window;
        if (rateLimit < 0) throw new IllegalArgumentException("--rate-limit must be 0 (no limit) or more, got " + rateLimit);
        this.maxRequests = maxRequests;
        this.rateLimit = rateLimit;
    }

    /** Generates {@code n} articles (seed {@code seed}) into {@code corpus} and ingests them into {@code store}, in this process. */
    public void fill(NewsStore store, int n, long seed, Path corpus, Consumer<String> log) {
        log.accept("generating " + n + " articles (seed " + seed + ")");
        new CorpusGenerator(seed).writeTo(corpus, n);
        log.accept("ingesting them into " + store.directory());
        int[] shown = {0};
        IngestListener listener = new IngestListener() {
            @Override
            public void stored(org.newskg.pipeline.ArticleReport report) {}

            @Override
            public void rejected(NewskgException problem) {
                throw new NewskgException("load test article rejected: " + problem.getMessage());
            }

            @Override
            public void progress(int done, int total) {
                // A line every tenth: the default store takes a minute or more on a small machine.
                if (done * 10 / total > shown[0]) log.accept("  " + done + "/" + total + " files read");
                shown[0] = done * 10 / total;
            }
        };
        IngestSummary s = Pipeline.builder(store).extractor(extractor).listener(listener).files(List.of(corpus)).build().run();
        if (s.stored() != n) throw new NewskgException("load test ingest stored " + s.stored() + " of " + n + " articles");
    }

    /**
     * Serves {@code store} on a free loopback port, writable with credentials made for this run, and
     * loads it while {@code extra} articles (seed {@code extraSeed}, numbered after those stored) are
     * ingested through it; {@code work} holds their files.
     */
    public LoadResult run(NewsStore store, int extra, long extraSeed, Path work, Consumer<String> log) throws InterruptedException {
        long before = articles(store);
        Path extraFiles = work.resolve("extra");
        // Numbered after the stored articles, so that they add to the store rather than replace.
        new CorpusGenerator(extraSeed).writeTo(extraFiles, Math.toIntExact(before), extra);
        String user = "loadtest-" + HexFormat.of().formatHex(randomBytes(4));
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
        ServerOptions options = new ServerOptions("127.0.0.1", 0, true, user, password, QUERY_TIMEOUT_S, null, ServerOptions.DEFAULT_MAX_ROWS)
                .withRateLimit(rateLimit);
        try (NewsServer server = NewsServer.start(store, options)) {
            List<TemplateCalls.Call> calls = TemplateCalls.of(store, null, server.port());
            log.accept(String.format("server at %s: %d clients over %d templates for %d s, %d articles ingested through it",
                    server.url("127.0.0.1"), clients, calls.size(), window.toSeconds(), extra));
            ServerIngest ingest = new ServerIngest("http://127.0.0.1:" + server.port() + NewsServer.DATASET, user, password,
                    extraFiles, extra, extractor);
            LoadClients load = new LoadClients(calls, clients, maxRequests, Duration.ofSeconds(QUERY_TIMEOUT_S + 30));
            long start = System.nanoTime();
            ingest.start();
            List<LoadClients.Sample> samples = load.run(start, window, window.multipliedBy(LIMIT_IN_WINDOWS), ingest::running);
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (ingest.running()) log.accept("the clients have stopped; waiting for the ingest to finish");
            double ingestSeconds = (ingest.join() - start) / 1e9;
            long after = articles(store);
            List<String> problems = new ArrayList<>(ingest.problems());
            if (after != before + extra) problems.add("the store holds " + after + " articles, not " + before + " + " + extra);
            return result(before, ingest.added(), elapsed, samples, ingestSeconds, problems, after, calls, load.failures());
        }
    }

    private LoadResult result(long before, int added, double elapsed, List<LoadClients.Sample> samples, double ingestSeconds,
                              List<String> problems, long after, List<TemplateCalls.Call> calls, List<LoadResult.Failure> failures) {
        Map<String, List<Double>> byTemplate = new LinkedHashMap<>();
        calls.forEach(c -> byTemplate.put(c.template(), new ArrayList<>()));
        Map<String, Long> errorsByTemplate = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>(samples.size());
        long errors = 0;
        long throttled = 0;
        for (LoadClients.Sample s : samples) {
            if (s.status() == LoadClients.THROTTLED) {
                throttled++;
                continue;
            }
            double ms = s.nanos() / 1e6;
            all.add(ms);
            byTemplate.get(s.template()).add(ms);
            if (s.status() != 200) {
                errors++;
                errorsByTemplate.merge(s.template(), 1L, Long::sum);
            }
        }
        Map<String, LoadResult.TemplateFigures> per = new LinkedHashMap<>();
        byTemplate.forEach((name, ms) -> {
            Latencies l = new Latencies(ms);
            per.put(name, new LoadResult.TemplateFigures(ms.size(), errorsByTemplate.getOrDefault(name, 0L), l.percentile(50), l.percentile(95)));
        });
        Latencies l = new Latencies(all);
        return new LoadResult(before, added, clients, window.toMillis() / 1000.0, elapsed, rateLimit, samples.size(), throttled, errors,
                l.percentile(50), l.percentile(95), l.percentile(99), l.max(), ingestSeconds, List.copyOf(problems), after, per, failures);
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static long articles(NewsStore store) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT (COUNT(DISTINCT ?a) AS ?x) WHERE { ?a a ?type }");
        q.setIri("type", NKG.Article.getURI());
        return Long.parseLong(TemplateCalls.first(store, q.toString()));
    }
}
