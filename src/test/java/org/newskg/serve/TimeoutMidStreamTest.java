package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query that times out after its first rows were found: a client must be able to tell it from a
 * complete answer. The slow queries below give rows at once (the first branch of a UNION), then run
 * into a join that never ends (the second); the server's timeout is one second.
 */
class TimeoutMidStreamTest {
    private static final String FOREVER = "{ SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o2 } }";
    /** Some megabytes of rows first, far more than the server buffers, so that the 200 is sent before the timeout. */
    private static final String MANY_ROWS_THEN_FOREVER =
            "SELECT ?s ?p ?o ?n WHERE { { SELECT ?s ?p ?o WHERE { ?s ?p ?o . ?x ?y ?z } LIMIT 20000 } UNION " + FOREVER + " }";
    /** A few rows first, fewer than the server buffers. */
    private static final String FEW_ROWS_THEN_FOREVER =
            "SELECT ?s ?n WHERE { { ?s a <https://w3id.org/newskg/ontology#Article> } UNION " + FOREVER + " }";

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path queries = Files.createDirectories(dir.resolve("queries"));
        // Fewer rows first than a template's cap of 10,000, so that the cap does not end the query before the slow part.
        Files.writeString(queries.resolve("slow.rq"), "#+ summary: rows at once, then a join that never ends\n"
                + MANY_ROWS_THEN_FOREVER.replace("LIMIT 20000", "LIMIT 5000") + "\n");
        server = new TestServer(Files.createDirectories(dir.resolve("store")),
                new ServerOptions("127.0.0.1", 0, false, null, null, 1, queries, ServerOptions.DEFAULT_MAX_ROWS));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void aTemplateThatTimesOutAfterItsFirstRowsIs503NotAShort200() throws Exception {
        // Templates are read whole (up to their row cap) before anything is sent.
        HttpResponse<String> api = server.get("/api/queries/slow.csv", null);
        assertEquals(503, api.statusCode(), api.body());
        assertTrue(api.body().contains("timed out"), api.body());
        HttpResponse<String> page = server.get("/queries?template=slow", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("timed out"), "the page says so");
        assertFalse(page.body().contains("class=\"results\""), "and shows no partial table");
    }

    @Test
    void rawSparqlThatTimesOutMidStreamBreaksTheResponseSoAnHttpClientFails() throws Exception {
        for (String accept : new String[] {"text/csv", "application/sparql-results+json"}) {
            IOException e = assertThrows(IOException.class, () -> server.get(query(MANY_ROWS_THEN_FOREVER), accept),
                    "a complete-looking 200 would be a lie (" + accept + ")");
            assertTrue(String.valueOf(e.getMessage()).contains("chunked") || String.valueOf(e.getMessage()).contains("EOF"), e.toString());
        }
    }

    @Test
    void onTheWireTheStatusIs200AndTheChunkedBodyHasNoLastChunk() throws Exception {
        Wire wire = keepAliveGet(query(MANY_ROWS_THEN_FOREVER), "text/csv");
        assertTrue(wire.text.startsWith("HTTP/1.1 200"), wire.head());
        assertTrue(wire.text.toLowerCase().contains("transfer-encoding: chunked"), wire.head());
        assertTrue(wire.closedByServer, "the server closes the connection instead of keeping it for the next request");
        assertFalse(wire.text.endsWith("\r\n0\r\n\r\n"), "no terminating chunk");
        // Fuseki's own marker is still the last text sent, for anyone reading the body by eye.
        assertTrue(wire.text.contains("Query cancelled due to timeout"), wire.tail());
    }

    @Test
    void aTimeoutAfterAFewRowsIsNeverAComplete200() throws Exception {
        // Fuseki's writers flush early, so even a few rows may already be sent: then the response breaks as above; if not, 503.
        for (String accept : new String[] {"text/csv", "application/sparql-results+json", "application/sparql-results+xml"}) {
            try {
                HttpResponse<String> res = server.get(query(FEW_ROWS_THEN_FOREVER), accept);
                assertEquals(503, res.statusCode(), res.body());
                assertTrue(res.body().contains("timed out"), res.body());
            } catch (IOException broken) {
                assertTrue(String.valueOf(broken.getMessage()).contains("chunked"), broken.toString());
            }
        }
    }

    @Test
    void aQueryThatFinishesInTimeEndsWithTheLastChunkAndKeepsTheConnection() throws Exception {
        Wire wire = keepAliveGet(query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5000"), "text/csv");
        assertTrue(wire.text.startsWith("HTTP/1.1 200"), wire.head());
        assertTrue(wire.text.endsWith("\r\n0\r\n\r\n"), wire.tail());
        assertFalse(wire.closedByServer);
    }

    private static String query(String sparql) {
        return "/news/query?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    /** What came over the wire for a keep-alive GET, read until the server closes or falls silent for five seconds. */
    private record Wire(String text, boolean closedByServer) {
        String head() {
            return text.substring(0, Math.min(400, text.length()));
        }

        String tail() {
            return text.substring(Math.max(0, text.length() - 400));
        }
    }

    private static Wire keepAliveGet(String path, String accept) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.setSoTimeout(5_000);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[65536];
            boolean closed;
            try {
                for (int n; (n = in.read(buf)) >= 0; ) got.write(buf, 0, n);
                closed = true;
            } catch (SocketTimeoutException silent) {
                closed = false;
            } catch (IOException reset) {
                closed = true;
            }
            return new Wire(got.toString(StandardCharsets.ISO_8859_1), closed);
        }
    }
}
