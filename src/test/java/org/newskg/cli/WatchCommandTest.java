package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.watch.NewsSite;

/**
 * {@code newskg watch} and {@code serve --watch} as a person runs them: in a child process, stopped
 * by a signal as Ctrl-C stops it, and started again over the same store.
 */
class WatchCommandTest {
    /** Generous, for a child JVM on a busy machine; a healthy run takes seconds. */
    private static final long PATIENCE_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    void aStoppedWatchSaysWhatItDidAndAWatchStartedAgainReadsNothingTwice() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        String db = dir.resolve("db").toString();
        CliFixtures.article(inbox, "before.txt", "The president of Peru met the prime minister of Spain in Lima on Tuesday.");

        Child first = Child.start(dir, "watch", "--db", db, "--settle", "300ms", inbox.toString());
        first.awaitLine("watching " + inbox);
        first.awaitLine("added ");
        CliFixtures.article(inbox, "while.txt", "Dock workers in Valparaiso stopped work on Wednesday.");
        String second = first.awaitLine("added ");
        assertTrue(second.contains("while.txt"), second);
        List<String> rest = first.stop();
        assertTrue(rest.stream().anyMatch(l -> l.startsWith("stopped watching: 2 article(s) stored (2 added")), rest.toString());

        CliFixtures.article(inbox, "after.txt", "A fire broke out in the harbour of Antofagasta on Thursday.");
        Child again = Child.start(dir, "watch", "--db", db, "--settle", "300ms", inbox.toString());
        String added = again.awaitLine("added ");
        assertTrue(added.contains("after.txt"), added);
        Thread.sleep(1500);
        List<String> end = again.stop();
        assertTrue(end.stream().anyMatch(l -> l.startsWith("stopped watching: 1 article(s) stored (1 added, 0 replaced, 0 unchanged)")),
                "the files read before are not read again: " + end);
        assertEquals(3L, Long.parseLong(CliRun.of("stats", "--db", db).out().replaceAll("(?s).*articles +(\\d+).*", "$1")));
    }

    @Test
    void aWatchedFeedIsPolledEveryIntervalAndGivesEachNewItemOnce() throws Exception {
        try (NewsSite site = new NewsSite()) {
            site.put("/a.html", NewsSite.Page.of("text/html", page("Talks in Quito", "The foreign ministers of Ecuador and Colombia met in Quito.")));
            site.put("/b.html", NewsSite.Page.of("text/html", page("Fire in Antofagasta", "A fire broke out in the harbour of Antofagasta.")));
            site.put("/feed.xml", NewsSite.Page.of("application/rss+xml", rss(site, "/a.html")));
            Child watch = Child.start(dir, "watch", "--db", dir.resolve("db").toString(), "--feed", site.url("/feed.xml"),
                    "--every", "1s", "--fetch-delay", "0s");
            assertTrue(watch.awaitLine("added ").contains("Talks in Quito"));
            site.put("/feed.xml", NewsSite.Page.of("application/rss+xml", rss(site, "/a.html", "/b.html")));
            assertTrue(watch.awaitLine("added ").contains("Fire in Antofagasta"));
            watch.awaitLine("feed ");
            List<String> rest = watch.stop();
            assertTrue(rest.stream().anyMatch(l -> l.startsWith("stopped watching: 2 article(s) stored (2 added")), rest.toString());
            assertEquals(1, site.requests.stream().filter(r -> r.path().equals("/a.html")).count(), "each page fetched once");
        }
    }

    private static String page(String title, String text) {
        return "<html><head><title>" + title + "</title></head><body><p>" + text + " The talks lasted the whole day.</p></body></html>";
    }

    private static String rss(NewsSite site, String... paths) {
        StringBuilder items = new StringBuilder();
        for (String p : paths) items.append("<item><title>t</title><link>").append(site.url(p)).append("</link></item>");
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>http://127.0.0.1/</link>"
                + "<description>d</description>" + items + "</channel></rss>";
    }

    @Test
    void serveWatchIngestsWhileServingAndStaysReadOnly() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        String db = dir.resolve("db").toString();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Child server = Child.start(dir, "serve", "--db", db, "--port", "" + port, "--watch", inbox.toString(), "--settle", "300ms");
        try {
            server.awaitLine("Fuseki console");
            CliFixtures.article(inbox, "news.txt", "The president of Peru met the prime minister of Spain in Lima on Tuesday.");
            server.awaitLine("added ");
            HttpClient http = HttpClient.newHttpClient();
            String ask = "ASK { ?a a <https://w3id.org/newskg/ontology#Article> }";
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/news/query?query="
                    + URLEncoder.encode(ask, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.body().contains("true"), answer.body());
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/news/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400, "clients still cannot write: " + update.statusCode());
        } finally {
            server.stop();
        }
    }

    /**
     * A child {@code newskg} writing to a file, read as it grows: a pipe's last lines can be lost when
     * the process ends while they are read.
     */
    private record Child(Process process, Path output, List<String> seen) {
        static Child start(Path dir, String... args) throws Exception {
            Path output = Files.createTempFile(dir, "child", ".out");
            Process p = ServerProcess.builder(args).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            return new Child(p, output, new ArrayList<>());
        }

        /** The next line containing {@code text}, waiting for it. */
        String awaitLine(String text) throws Exception {
            long deadline = System.currentTimeMillis() + PATIENCE_SECONDS * 1000;
            while (System.currentTimeMillis() < deadline) {
                List<String> lines = Files.readAllLines(output);
                // The last line may be half-written: only whole lines are taken.
                boolean whole = Files.readString(output).endsWith("\n");
                int complete = whole ? lines.size() : lines.size() - 1;
                for (int i = seen.size(); i < complete; i++) {
                    seen.add(lines.get(i));
                    if (lines.get(i).contains(text)) return lines.get(i);
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no line with \"" + text + "\"; saw " + seen);
        }

        /** Sends the signal Ctrl-C sends a service (TERM) and returns what it printed after the lines already seen. */
        List<String> stop() throws Exception {
            process.destroy();
            assertTrue(process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "the process stops");
            List<String> lines = Files.readAllLines(output);
            return lines.subList(seen.size(), lines.size());
        }
    }
}
