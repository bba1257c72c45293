package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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

    @Test
    void writableWithoutCredentialsIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new ServerOptions("127.0.0.1", 0, true, null, null, 10, null, 3));
    }
}
