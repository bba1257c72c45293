package org.newskg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.newskg.query.QueryTemplate;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateParam;
import org.newskg.serve.NewsServer;
import org.newskg.serve.ServerOptions;
import org.newskg.store.NewsStore;

/**
 * Latency of every saved template over HTTP on a store: a real server on a free loopback port,
 * parameters taken from the store itself (the most mentioned person, a place, an event, an
 * article, the whole date range), a few warm-up calls, then timed ones.
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
        Map<String, String> args = sampleArguments(store);
        Map<String, double[]> out = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        try (NewsServer server = NewsServer.start(store, new ServerOptions("127.0.0.1", 0, false, null, null, 60, queries,
                ServerOptions.DEFAULT_MAX_ROWS))) {
            for (QueryTemplate t : TemplateLibrary.load(queries).all()) {
                StringBuilder q = new StringBuilder();
                for (TemplateParam p : t.params()) {
                    String v = args.get(p.name());
                    if (v == null) continue;
                    q.append(q.length() == 0 ? "?" : "&").append(p.name()).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
                URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/queries/" + t.name() + q);
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
                    out.put(t.name(), new double[] {Double.NaN, Double.NaN});
                    continue;
                }
                all.addAll(times);
                out.put(t.name(), percentiles(times));
            }
        }
        out.put("*", percentiles(all));
        return out;
    }

    static double[] percentiles(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        return new double[] {v.get((int) Math.floor(0.50 * (v.size() - 1))), v.get((int) Math.ceil(0.95 * (v.size() - 1)))};
    }

    /** Parameter values that exist in the store, by parameter name. */
    private static Map<String, String> sampleArguments(NewsStore store) {
        Map<String, String> args = new LinkedHashMap<>();
        String prefix = "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX dct: <http://purl.org/dc/terms/> ";
        String person = first(store, prefix + "SELECT ?x (COUNT(?a) AS ?n) WHERE { ?x a nkg:Person ; nkg:mentionedIn ?a } GROUP BY ?x ORDER BY DESC(?n) LIMIT 1");
        args.put("person", person);
        // The most frequent actor: the worst case of a selective template.
        args.put("actor", first(store, prefix + "SELECT ?x (COUNT(?a) AS ?n) WHERE { ?p nkg:affiliation ?x . ?x nkg:mentionedIn ?a } GROUP BY ?x ORDER BY DESC(?n) LIMIT 1"));
        args.put("place", first(store, prefix + "SELECT ?x WHERE { ?e nkg:place ?x } LIMIT 1"));
        args.put("event", first(store, prefix + "SELECT ?x WHERE { ?x a nkg:Meeting } LIMIT 1"));
        args.put("article", first(store, prefix + "SELECT ?x WHERE { ?x a nkg:Article } LIMIT 1"));
        args.put("from", first(store, prefix + "SELECT (STR(MIN(?d)) AS ?x) WHERE { ?a a nkg:Article ; dct:date ?d }"));
        args.put("to", first(store, prefix + "SELECT (STR(MAX(?d)) AS ?x) WHERE { ?a a nkg:Article ; dct:date ?d }"));
        args.put("topic", "ceasefire");
        args.put("min", "2");
        args.put("name", person == null ? "a" : person.substring(person.lastIndexOf('-') + 1));
        return args;
    }

    private static String first(NewsStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                var rs = qe.execSelect();
                if (!rs.hasNext()) return null;
                var node = rs.next().get("x");
                return node == null ? null : node.isURIResource() ? node.asResource().getURI() : node.asLiteral().getLexicalForm();
            }
        });
    }
}
