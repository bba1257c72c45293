package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.NewsStore;
import org.newskg.store.RemoteStore;

/**
 * Ingest into a remote store: a second, real process runs {@code newskg serve --writable --auth} on
 * loopback, and {@code newskg ingest --store URL} feeds it. The result is isomorphic to the same
 * ingest into an embedded store.
 */
// The equality with an embedded ingest runs first, before other tests add to the shared server.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteStoreTest {
    @TempDir
    static Path dir;
    static ServerProcess server;
    static String url;

    @BeforeAll
    static void startServerProcess() throws Exception {
        server = ServerProcess.start(dir.resolve("remote"));
        url = server.url;
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) server.close();
    }

    @Test
    @Order(1)
    void ingestThroughTheServerEqualsAnEmbeddedIngest() throws IOException {
        CliRun remote = CliRun.of("ingest", "--store", url, "--auth", "editor:s3cret", "data/samples");
        assertEquals(0, remote.exitCode(), remote.err());
        assertTrue(remote.out().contains("8 article(s) stored (8 added"), remote.out());
        CliRun again = CliRun.of("ingest", "--store", url, "--auth", "editor:s3cret", "data/samples");
        assertTrue(again.out().contains("(0 added, 0 replaced, 8 unchanged)"), again.out());

        String db = dir.resolve("embedded").toString();
        assertEquals(0, CliRun.of("ingest", "--db", db, "data/samples").exitCode());
        DatasetGraph embedded;
        try (NewsStore s = NewsStore.openExisting(Path.of(db))) {
            embedded = Txn.calculateRead(s.dataset(), () -> ServerProcess.withoutIngestTimes(s.dataset().asDatasetGraph()));
        }
        DatasetGraph served;
        try (RemoteStore r = new RemoteStore(url, "editor", "s3cret")) {
            served = ServerProcess.withoutIngestTimes(r.fetchAll().asDatasetGraph());
        }
        assertTrue(IsoMatcher.isomorphic(embedded, served), "the same graphs, remote and embedded");

        Path nq = dir.resolve("remote.nq");
        assertEquals(0, CliRun.of("export", "--store", url, "--format", "nq", "--out", nq.toString()).exitCode());
        assertEquals(8, org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(nq.toString()).size(), "export from the remote store");
        CliRun query = CliRun.of("query", "meetings-of", "--store", url, "--param", "person=Coutinho", "--format", "csv");
        assertEquals(0, query.exitCode(), query.err());
        assertEquals(2, CliRun.of("query", "meetings-of", "--store", url, "--param", "person=Nobody Known").exitCode() + 1);
        CliRun search = CliRun.of("search", "--store", url, "ceasefire", "talks");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("⟦ceasefire⟧") && search.out().contains("evidence for Negotiation"),
                "what was written through SPARQL Update is in the server's search index: " + search.out());
    }

    @Test
    @Order(2)
    void replacingAnArticleWithADifferentPageSaysSoRemotelyToo() throws IOException {
        Path[] pages = CliTest.twoPagesUnderOneUrl(java.nio.file.Files.createDirectories(dir.resolve("pages")));
        CliRun first = CliRun.of("ingest", "--store", url, "--auth", "editor:s3cret", pages[0].toString());
        assertEquals(0, first.exitCode(), first.err());
        CliRun second = CliRun.of("ingest", "--store", url, "--auth", "editor:s3cret", pages[1].toString());
        assertTrue(second.out().contains("replaced: a different page (title was \"Border talks resume\")"), second.out());
        CliRun back = CliRun.of("ingest", "--store", url, "--auth", "editor:s3cret", pages[0].toString(), pages[1].toString());
        assertTrue(back.out().contains("replaced: a different page (title was \"Coastal road shut by floods\")"), back.out());
        assertTrue(back.out().contains("replaced: a different page (title was \"Border talks resume\")"), "within one batch: " + back.out());
    }

    @Test
    void aStoreHeldByTheServerProcessIsAClearError() {
        CliRun run = CliRun.of("stats", "--db", dir.resolve("remote").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("is in use by another process (pid " + server.pid() + ")"), run.err());
        assertTrue(run.err().contains("--store URL"), "says what to do: " + run.err());
    }

    @Test
    void aMisspeltStoreSettingIsRefusedByNameBeforeAnythingIsSent() {
        for (String[] setting : new String[][] {{"--store-send", "forms"}, {"--store-statistics", "mine"}, {"--store-text", "lucene"}}) {
            for (String command : new String[] {"ingest", "query"}) {
                CliRun run = CliRun.of(command, command.equals("ingest") ? "data/samples" : "articles", "--store", url, setting[0], setting[1]);
                assertEquals(1, run.exitCode(), command + " " + setting[0]);
                assertTrue(run.err().contains(setting[0] + " must be") && run.err().contains("got " + setting[1]), run.err());
            }
        }
    }

    @Test
    void wrongCredentialsAreAClearError() throws IOException {
        Path article = java.nio.file.Files.writeString(dir.resolve("new.txt"),
                "title: New\ndate: 2025-02-03\n\nEnvoys of the two states met in Valletta on Monday to discuss the border, officials said.\n");
        Path wrong = java.nio.file.Files.writeString(dir.resolve("wrong.auth"), "editor:wrong\n");
        CliRun run = CliRun.of("ingest", "--store", url, "--auth-file", wrong.toString(), article.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("newskg: remote store " + url), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
