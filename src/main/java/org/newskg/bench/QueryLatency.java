package org.newskg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.serve.NewsServer;
import org.newskg.serve.ServerOptions;
import org.newskg.store.NewsStore;

/**
 * Latency of every saved template over HTTP on a store: a real server on a free loopback port,
 * the calls of {@link TemplateCalls} (parameters taken from the store itself), in rounds that call
 * every template once in turn, as a mixed workload would: a few rounds to warm the server up, then
 * timed ones. A server answers from compiled code; the first calls of a fresh JVM mostly time the
 * JIT compiler (a one-event template: 22 ms over HTTP after three calls, 1 ms for the query once warm).
 */
public final class QueryLatency {
    private static final int WARMUP_ROUNDS = 5;
    private static final int TIMED_ROUNDS = 15;

    private QueryLatency() {}

    /**
     * Per template (bundled, or those in {@code queries} when given): p50 and p95 in ms, NaN for one
     * that failed; the key "*" holds them over all calls.
     */
    public static Map<String, double[]> measure(NewsStore store, Path queries) throws Exception {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        HttpClient http = HttpClient.newHttpClient();
        try (NewsServer server = NewsServer.start(store, new ServerOptions("127.0.0.1", 0, false, null, null, 60, queries,
                ServerOptions.DEFAULT_MAX_ROWS))) {
            List<TemplateCalls.Call> calls = TemplateCalls.of(store, queries, server.port());
            for (TemplateCalls.Call call : calls) times.put(call.template(), new ArrayList<>());
            for (int round = 0; round < WARMUP_ROUNDS + TIMED_ROUNDS; round++) {
                for (TemplateCalls.Call call : calls) {
                    List<Double> mine = times.get(call.template());
                    // A template that failed (e.g. timed out) is reported as such, not called again or averaged in.
                    if (mine == null) continue;
                    long t0 = System.nanoTime();
                    HttpResponse<String> res = http.send(HttpRequest.newBuilder(call.uri()).build(), HttpResponse.BodyHandlers.ofString());
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (res.statusCode() != 200) times.put(call.template(), null);
                    else if (round >= WARMUP_ROUNDS) mine.add(ms);
                }
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        times.forEach((template, ms) -> {
            out.put(template, ms == null ? new double[] {Double.NaN, Double.NaN} : p50p95(ms));
            if (ms != null) all.addAll(ms);
        });
        out.put("*", p50p95(all));
        return out;
    }

    private static double[] p50p95(List<Double> ms) {
        Latencies l = new Latencies(ms);
        return new double[] {l.percentile(50), l.percentile(95)};
    }
}
