package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.id.Iris;
import org.newskg.store.StatisticsKeeper;

/**
 * Whole-store exports under load: at most two stream at once, more are told to come back (503,
 * Retry-After), and a crowd of exports, some read slowly (cut off at the budget, which the test
 * server sets to five seconds) and some abandoned, leaves the server answering queries.
 */
class ExportLoadTest {
    /** Padding graphs beside the samples: about 33 MB of N-Quads, far more than socket buffers hold, so a client that stops reading stalls its export. */
    private static final int GRAPHS = 200;
    private static final int TRIPLES = 500;
    private static final String EXPORT = "/export.nq";

    @TempDir
    static Path dir;
    static TestServer server;
    static long quads;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(Files.createDirectories(dir.resolve("store")), TestServer.readOnly(), List.of(Path.of("data/samples")),
                new ExportLimits(2, Duration.ofSeconds(5)));
        DatasetGraph dsg = server.store.dataset().asDatasetGraph();
        String filler = "x".repeat(200);
        Txn.executeWrite(server.store.dataset(), () -> {
            for (int g = 0; g < GRAPHS; g++) {
                Node gn = NodeFactory.createURI(Iris.BASE + "article/padding-" + g);
                for (int i = 0; i < TRIPLES; i++) {
                    dsg.add(gn, NodeFactory.createURI(Iris.BASE + "thing/p" + g + "-" + i), NodeFactory.createURI("https://example.org/filler"),
                            NodeFactory.createLiteralString(filler + i));
                }
            }
        });
        // What an export gives: every article graph; the statistics graph is derived and left out.
        quads = Txn.calculateRead(server.store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(
                org.apache.jena.atlas.iterator.Iter.filter(dsg.find(), q -> !StatisticsKeeper.isStatisticsGraph(q.getGraph()))));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void beyondTwoRunningExportsTheAnswerIs503WithRetryAfterAndAfterwardsAnExportRunsWhole() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Socket s = request(EXPORT);
                assertEquals("HTTP/1.1 200", new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1));
                stalled.add(s); // and read no further
            }
            HttpResponse<String> third = server.get(EXPORT, null);
            assertEquals(503, third.statusCode(), third.body());
            assertEquals(String.valueOf(ExportLimits.RETRY_AFTER_SECONDS), third.headers().firstValue("Retry-After").orElse(""));
        } finally {
            for (Socket s : stalled) s.close();
        }
        assertEquals(quads, completeExport(), "with those clients gone, an export runs again, whole");
    }

    @Test
    void twentyConcurrentExportsSomeReadSlowlyOrAbandonedLeaveTheServerAnsweringAndTheHeapSmall() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int kind = i % 4;
            outcomes.add(pool.submit(() -> switch (kind) {
                case 0 -> abandoned();
                case 1 -> slow();
                default -> whole();
            }));
        }
        List<String> seen = new ArrayList<>();
        for (Future<String> f : outcomes) seen.add(f.get(180, TimeUnit.SECONDS));
        pool.shutdown();
        System.out.println("ExportLoadTest outcomes: " + seen);
        for (String o : seen) assertTrue(o.equals("abandoned") || o.equals("whole") || o.equals("503") || o.equals("cut"), o);

        HttpResponse<String> q = server.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertEquals(200, q.statusCode(), "the server still answers a query");
        assertEquals(quads, completeExport(), "and exports again, whole");
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.println("ExportLoadTest heap used after the load: " + used + " MB");
        assertTrue(used < 512, "heap after 20 exports of ~33 MB: " + used + " MB");
    }

    /** The export read whole by an ordinary client: its number of quads, once the server has a free slot (retrying on 503). */
    private static long completeExport() throws Exception {
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpResponse<InputStream> res = server.http.send(HttpRequest.newBuilder(URI.create(server.url(EXPORT))).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = res.body()) {
                if (res.statusCode() == 200) return lines(in);
                assertEquals(503, res.statusCode());
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no export slot came free");
    }

    private static String whole() throws Exception {
        HttpResponse<InputStream> res = server.http.send(HttpRequest.newBuilder(URI.create(server.url(EXPORT))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = res.body()) {
            if (res.statusCode() == 503) return res.headers().firstValue("Retry-After").isPresent() ? "503" : "503 without Retry-After";
            try {
                long n = lines(in);
                return n == quads ? "whole" : "short 200: " + n + " of " + quads + " quads";
            } catch (IOException cut) {
                return "cut"; // over its budget on a busy machine: an error, never a short success
            }
        }
    }

    /** Reads a little, then hangs up. */
    private static String abandoned() throws IOException {
        try (Socket s = request(EXPORT)) {
            s.getInputStream().readNBytes(4096);
        }
        return "abandoned";
    }

    /** Reads 16 KB at a time with a pause between: it finishes, is refused, or is cut off at the budget. */
    private static String slow() throws Exception {
        try (Socket s = request(EXPORT)) {
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            if (status.endsWith("503")) return "503";
            ByteArrayOutputStream tail = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            try {
                for (int n; (n = in.read(buf)) >= 0; Thread.sleep(5)) {
                    tail.reset();
                    tail.write(buf, 0, n);
                }
            } catch (IOException reset) {
                return "cut";
            }
            return tail.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n") ? "whole" : "cut";
        }
    }

    private static long lines(InputStream in) throws IOException {
        long n = 0;
        byte[] buf = new byte[65536];
        for (int r; (r = in.read(buf)) >= 0; ) for (int i = 0; i < r; i++) if (buf[i] == '\n') n++;
        return n;
    }

    /** A raw HTTP/1.1 GET (keep-alive, so the body is chunked) on a socket with a small receive buffer. */
    private static Socket request(String path) throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.connect(new InetSocketAddress("127.0.0.1", server.server.port()));
        s.setSoTimeout(60_000);
        s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return s;
    }
}
