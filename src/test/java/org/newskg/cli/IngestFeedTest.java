package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.watch.NewsSite;

/** {@code ingest --feed}: a feed given as a file or a URL, its pages fetched once, however often it is run. */
class IngestFeedTest {
    @TempDir
    Path dir;

    @Test
    void runningTheSameFeedAgainAddsNothing() throws Exception {
        try (NewsSite site = new NewsSite()) {
            site.put("/a.html", NewsSite.Page.of("text/html", "<html><head><title>Talks in Quito</title></head><body><p>The foreign "
                    + "ministers of Ecuador and Colombia met in Quito on Friday to discuss the border.</p></body></html>"));
            Path feed = Files.writeString(dir.resolve("feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                    + "<link>http://127.0.0.1/</link><description>d</description><item><title>Talks in Quito</title><link>"
                    + site.url("/a.html") + "</link><pubDate>Fri, 07 Mar 2025 09:00:00 GMT</pubDate></item></channel></rss>");
            String db = dir.resolve("db").toString();
            CliRun first = CliRun.of("ingest", "--db", db, "--feed", feed.toString(), "--fetch-delay", "0s");
            assertEquals(0, first.exitCode(), first.err());
            assertTrue(first.out().contains("1 article(s) stored (1 added"), first.out());
            assertTrue(first.out().contains("\"Talks in Quito\""), first.out());

            CliRun again = CliRun.of("ingest", "--db", db, "--feed", feed.toString(), "--fetch-delay", "0s");
            assertEquals(0, again.exitCode(), again.err());
            assertTrue(again.out().contains("0 article(s) stored (0 added"), again.out());
            assertTrue(again.out().contains("1 item(s): 0 fetched, 1 fetched before"), again.out());
            assertEquals(1, site.requests.size(), "the page was fetched once");
        }
    }

    @Test
    void aFeedNeedsALocalStore() {
        CliRun run = CliRun.of("ingest", "--store", "http://127.0.0.1:9/news", "--feed", "feed.xml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--feed needs a local store"), run.err());
    }
}
