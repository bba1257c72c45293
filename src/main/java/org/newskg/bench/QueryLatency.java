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
 * the calls of {@link TemplateCalls} (parameters taken from the store itself), a few warm-up calls,
 * then timed ones.
 */
public final class QueryLatency {
    private static final int WARMUP = 3;
    private static final int TIMED = 15;

    private QueryLatency() {}

    /**
     * Per template (bundled, or those in {@code queries} when given): p50 and p95 in ms, NaN for one
     * that failed; the key "*" holds them over all calls.
     */
    public static Map<String, double[]> measure(NewsStore store, Path queries) throws Exception {
        Map<String, double[]> out = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        try (NewsServer server = NewsServer.start(store, new ServerOptions("127.0.0.1", 0, false, null, null, 60, queries,
                ServerOptions.DEFAULT_MAX_ROWS))) {
            for (TemplateCalls.Call call : TemplateCalls.of(store, queries, server.port())) {
                URI uri = call.uri();
                List<Double> times = new ArrayList<>();
                boolean failed = false;
                for (int i = 0; i < WARMUP + TIMED && !failed; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> res = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                    double ms = (System.nanoTime() - t0) / 1e6;
                    failed = res.statusCode() != 200;
                    if (i >= WARMUP) times.add(ms);
                }
                // A template that fails (e.g. times out) is reported as such, not averaged in.
                if (failed) {
                    out.put(call.template(), new double[] {Double.NaN, Double.NaN});
                    continue;
                }
                all.addAll(times);
                out.put(call.template(), p50p95(times));
            }
        }
        out.put("*", p50p95(all));
        return out;
    }

    private static double[] p50p95(List<Double> ms) {
        Latencies l = new Latencies(ms);
        return new double[] {l.percentile(50), l.percentile(95)};
    }
}
