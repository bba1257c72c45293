package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.bench.CorpusGenerator;
import org.newskg.extract.Extractors;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.IngestSummary;
import org.newskg.store.RemoteStore;

/**
 * Articles are added through a running, writable server while analysts keep querying it: every
 * query answers, and every article graph it sees is whole, in its old state or its new one, never
 * half written.
 */
class IngestWhileServingTest {
    private static final String URL_LINE = "url: https://example.org/news/harbour-talks\n";
    private static final ServerOptions WRITABLE = new ServerOptions("127.0.0.1", 0, true, "editor", "s3cret", 10, null, 10_000);
    /** The article graphs' sizes; the statistics graph is no article (it changes with every write). */
    private static final String GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <"
            + org.newskg.id.Iris.STATISTICS_GRAPH + ">) } GROUP BY ?g";

    @TempDir
    Path dir;

    @Test
    void queriesDuringAnIngestSeeEachArticleWholeOldOrNew() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve("talks.txt"), URL_LINE + "title: Harbour talks\ndate: 2025-06-02\n\n"
                + "The foreign ministers of Chile and Peru met in Lima on Monday to discuss fishing rights.\n");
        Path later = Files.createDirectories(dir.resolve("later"));
        List<Path> batch = new ArrayList<>(new CorpusGenerator(11).writeTo(later, 40));
        // The same article (same URL) revised: more said, so its graph grows.
        batch.add(Files.writeString(later.resolve("talks-revised.txt"), URL_LINE + "title: Harbour talks resume\ndate: 2025-06-02\n\n"
                + "The foreign ministers of Chile and Peru met in Lima on Monday to discuss fishing rights.\n\n"
                + "On Tuesday a drone attack on a port near Arica killed three people, police said.\n"));

        try (TestServer server = new TestServer(dir, WRITABLE, List.of());
             RemoteStore remote = new RemoteStore(server.url("/news"), "editor", "s3cret")) {
            ingest(remote, List.of(first));
            Map<String, Long> before = graphSizes(server);
            assertEquals(1, before.size());
            String talks = before.keySet().iterator().next();

            Map<String, Set<Long>> seen = new ConcurrentHashMap<>();
            Set<Integer> articleCounts = ConcurrentHashMap.newKeySet();
            List<String> failures = new CopyOnWriteArrayList<>();
            AtomicInteger answered = new AtomicInteger();
            AtomicBoolean ingesting = new AtomicBoolean(true);
            List<Thread> readers = new ArrayList<>();
            for (String path : List.of("sizes", "/api/queries/articles", "/api/queries/who-met-whom")) {
                Thread reader = new Thread(() -> {
                    while (ingesting.get()) {
                        try {
                            if (path.equals("sizes")) {
                                Map<String, Long> sizes = graphSizes(server);
                                articleCounts.add(sizes.size());
                                sizes.forEach((g, n) -> seen.computeIfAbsent(g, k -> ConcurrentHashMap.newKeySet()).add(n));
                            } else {
                                int status = server.get(path, "text/csv").statusCode();
                                if (status != 200) failures.add(path + " answered " + status);
                            }
                            answered.incrementAndGet();
                        } catch (Exception e) {
                            failures.add(path + ": " + e);
                        }
                    }
                });
                reader.start();
                readers.add(reader);
            }
            IngestSummary summary = ingest(remote, List.of(later));
            ingesting.set(false);
            for (Thread t : readers) t.join();

            assertEquals(40, summary.added(), "the generated articles were added");
            assertEquals(1, summary.replaced(), "the revised article replaced its first version");
            assertEquals(List.of(), failures, "every query during the ingest answered");
            assertTrue(answered.get() >= 10, "queries ran during the ingest: " + answered.get());

            Map<String, Long> after = graphSizes(server);
            assertNotEquals(before.get(talks), after.get(talks), "the revision changed the article's graph");
            assertTrue(articleCounts.size() >= 3, "the readers saw articles arrive: " + articleCounts);
            seen.forEach((g, sizes) -> {
                assertTrue(after.containsKey(g), g + " was seen during the ingest but is not in the store after it");
                Set<Long> whole = g.equals(talks) ? Set.of(before.get(talks), after.get(talks)) : Set.of(after.get(g));
                assertTrue(whole.containsAll(sizes), g + " was seen with " + sizes + " statements; whole it has " + whole);
            });
        }
    }

    @Test
    void anArticleTwiceInOneBatchKeepsOnlyItsLastVersion() throws Exception {
        Path twice = Files.createDirectories(dir.resolve("twice"));
        Files.writeString(twice.resolve("a.txt"), URL_LINE + "title: Harbour talks\ndate: 2025-06-02\n\n"
                + "The foreign ministers of Chile and Peru met in Lima on Monday to discuss fishing rights.\n");
        Files.writeString(twice.resolve("b.txt"), URL_LINE + "title: Harbour talks resume\ndate: 2025-06-02\n\n"
                + "On Tuesday a drone attack on a port near Arica killed three people, police said.\n");
        try (TestServer server = new TestServer(dir, WRITABLE, List.of());
             RemoteStore remote = new RemoteStore(server.url("/news"), "editor", "s3cret")) {
            IngestSummary summary = ingest(remote, List.of(twice));
            assertEquals(1, summary.added());
            assertEquals(1, summary.replaced(), "the second file replaced the first");
            String titles = server.sparql("SELECT ?t WHERE { GRAPH ?g { ?a <http://purl.org/dc/terms/title> ?t } }").body();
            assertEquals(List.of("t", "Harbour talks resume"), titles.lines().toList(), "one version, not both merged");
        }
    }

    private static IngestSummary ingest(RemoteStore store, List<Path> inputs) {
        return Pipeline.builder(store).extractor(Extractors.defaultExtractor()).listener(IngestListener.onRejected(problem -> {
            throw problem;
        })).batch(5).files(inputs).build().run();
    }

    /** Statements per article graph, in one query (one consistent view of the store). */
    private static Map<String, Long> graphSizes(TestServer server) throws Exception {
        Map<String, Long> sizes = new TreeMap<>();
        String csv = server.sparql(GRAPH_SIZES).body();
        csv.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
            int comma = line.lastIndexOf(',');
            sizes.put(line.substring(0, comma), Long.parseLong(line.substring(comma + 1).strip()));
        });
        return sizes;
    }
}
