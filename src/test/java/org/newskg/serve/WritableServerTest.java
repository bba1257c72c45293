package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writable server takes changes only with its credentials. */
class WritableServerTest {
    @TempDir
    Path dir;

    @Test
    void writesNeedTheRightCredentials() throws Exception {
        try (TestServer s = new TestServer(dir, new ServerOptions("127.0.0.1", 0, true, "editor", "s3cret", 10, null, 3))) {
            String update = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }";
            assertEquals(401, s.post("/news/update", "application/sparql-update", update, null).statusCode());
            assertEquals(401, s.post("/news/update", "application/sparql-update", update, "editor:wrong").statusCode());
            assertEquals(401, s.post("/$/datasets", "application/x-www-form-urlencoded", "dbName=x&dbType=mem", null).statusCode());
            int ok = s.post("/news/update", "application/sparql-update", update, "editor:s3cret").statusCode();
            assertTrue(ok == 200 || ok == 204, "status " + ok);
            assertTrue(s.sparql("SELECT ?o WHERE { GRAPH <https://example.org/g> { ?s ?p ?o } }").body().contains("1"));
        }
    }

    /**
     * A page of another site that submits a form to the server: the browser attaches the credentials it has cached
     * and names the page in Origin (or Referer). The write is refused and changes nothing; the same write from the
     * server's own pages, or from a program that names no page, goes through.
     */
    @Test
    void aWriteFromAnotherSitesPageIsRefusedEvenWithCredentials() throws Exception {
        try (TestServer s = new TestServer(dir, new ServerOptions("127.0.0.1", 0, true, "editor", "s3cret", 10, null, 3))) {
            String own = "http://127.0.0.1:" + s.server.port();
            assertEquals(403, update(s, "forged", "Origin", "http://attacker.example").statusCode());
            assertEquals(403, update(s, "forged", "Origin", "http://127.0.0.1:" + (s.server.port() + 1)).statusCode(), "another port is another origin");
            assertEquals(403, update(s, "forged", "Origin", "null").statusCode(), "a sandboxed frame names no origin");
            assertEquals(403, update(s, "forged", "Referer", "http://attacker.example/page.html").statusCode());
            HttpResponse<String> refused = update(s, "forged", "Origin", "https://127.0.0.1:" + s.server.port());
            assertEquals(403, refused.statusCode(), "another scheme is another origin");
            assertTrue(refused.body().contains("cross-site"), refused.body());
            assertFalse(s.sparql("ASK { GRAPH ?g { ?s ?p \"forged\" } }").body().contains("true"), "nothing forged was written");

            assertWritten(update(s, "console", "Origin", own));
            assertWritten(update(s, "page", "Referer", own + "/#/dataset/news/query"));
            assertWritten(update(s, "program", null, null));
            String written = s.sparql("SELECT ?o WHERE { GRAPH <https://example.org/g> { ?s ?p ?o } }").body();
            assertTrue(written.contains("console") && written.contains("page") && written.contains("program"), written);
        }
    }

    /** A form POST of {@code update=...} with the right credentials and, when given, one header naming the page. */
    private static HttpResponse<String> update(TestServer s, String value, String header, String page) throws Exception {
        String update = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> \"" + value + "\" } }";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url("/news/update"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)));
        if (header != null) b.header(header, page);
        return s.send(TestServer.withAuth(b, "editor:s3cret"));
    }

    private static void assertWritten(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
    }

    @Test
    void writableWithoutCredentialsIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new ServerOptions("127.0.0.1", 0, true, null, null, 10, null, 3));
    }
}
