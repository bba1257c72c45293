package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.bench.CorpusGenerator;
import org.newskg.rdf.NKG;
import org.newskg.store.NewsStore;
import org.newskg.store.StatisticsKeeper;

/**
 * Kill -9 during a large ingest: a child process ingests a few hundred articles, a write transaction
 * every {@value #BATCH} articles, and is killed once it has reported some committed. Reopened, the
 * store holds whole batches of whole articles, each the same as in a clean run; running the same
 * ingest again adds the rest, and the export is isomorphic to a clean run's.
 */
class KillDuringIngestTest {
    private static final int ARTICLES = 300;
    private static final int BATCH = 10;
    /** Committed articles to wait for before the kill: a few transactions in, far from the end. */
    private static final int KILL_AFTER = 3 * BATCH;
    /** Generous, for a slow shared machine; a healthy run takes seconds. */
    private static final long PATIENCE_SECONDS = 300;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesWholeArticlesAndRunningItAgainGivesTheCleanRunsGraph() throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(7).writeTo(corpus, ARTICLES);
        String clean = dir.resolve("clean").toString();
        CliRun cleanRun = CliRun.of("ingest", "--db", clean, "--batch", "" + BATCH, corpus.toString());
        assertEquals(0, cleanRun.exitCode(), cleanRun.err());
        Map<Node, Graph> cleanGraphs = graphs(clean);
        assertEquals(ARTICLES, cleanGraphs.size());

        String killed = dir.resolve("killed").toString();
        int reported = ingestAndKill(killed, corpus);

        Map<Node, Graph> survivors = graphs(killed);
        assertTrue(survivors.size() >= reported, "what was reported committed survives: " + survivors.size() + " < " + reported);
        assertTrue(survivors.size() < ARTICLES, "the kill landed before the end");
        assertEquals(0, survivors.size() % BATCH, "a write transaction is all or nothing: " + survivors.size() + " articles");
        survivors.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(cleanGraphs.get(g)), "article " + g + " is whole"));
        assertValid(killed);

        CliRun rerun = CliRun.of("ingest", "--db", killed, "--batch", "" + BATCH, corpus.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertTrue(rerun.out().contains(String.format("%d article(s) stored (%d added, 0 replaced, %d unchanged)",
                ARTICLES, ARTICLES - survivors.size(), survivors.size())), rerun.out());
        assertTrue(IsoMatcher.isomorphic(export(clean), export(killed)), "the resumed store exports as the clean one does");
        assertValid(killed);
    }

    /** Runs the ingest in a child JVM, kills it (SIGKILL) once KILL_AFTER articles are reported stored; returns how many were. */
    private static int ingestAndKill(String db, Path corpus) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.newskg.cli.Newskg", "ingest",
                "--db", db, "--batch", "" + BATCH, "--threads", "1", corpus.toString()).redirectErrorStream(true).start();
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread pump = new Thread(() -> new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                    .lines().forEach(lines::add));
            pump.setDaemon(true);
            pump.start();
            int stored = 0;
            StringBuilder seen = new StringBuilder();
            while (stored < KILL_AFTER) {
                String line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
                assertNotNull(line, "the child reported " + stored + " stored articles, then nothing:\n" + seen);
                seen.append(line).append('\n');
                assertFalse(line.contains("article(s) stored"), "the child finished before the kill:\n" + seen);
                if (line.startsWith("added ")) stored++;
            }
            assertTrue(child.isAlive(), "the child is still ingesting when killed:\n" + seen);
            child.destroyForcibly();
            assertTrue(child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "the child died");
            return stored;
        } finally {
            child.destroyForcibly();
        }
    }

    /** Each article's graph, without its ingest time (which differs between runs by nature). */
    private static Map<Node, Graph> graphs(String db) {
        try (NewsStore s = NewsStore.openExisting(Path.of(db))) {
            return Txn.calculateRead(s.dataset(), () -> {
                DatasetGraph dsg = s.dataset().asDatasetGraph();
                Map<Node, Graph> out = new HashMap<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (StatisticsKeeper.isStatisticsGraph(g)) return; // derived from the articles, not one of them
                    Graph copy = GraphFactory.createDefaultGraph();
                    dsg.getGraph(g).find().forEach(t -> {
                        if (!t.getPredicate().equals(NKG.generatedAtTime.asNode())) copy.add(t);
                    });
                    out.put(g, copy);
                });
                return out;
            });
        }
    }

    /** The store as {@code newskg export --format nq} writes it, without ingest times. */
    private DatasetGraph export(String db) {
        Path nq = dir.resolve(Path.of(db).getFileName() + ".nq");
        CliRun run = CliRun.of("export", "--db", db, "--format", "nq", "--out", nq.toString());
        assertEquals(0, run.exitCode(), run.err());
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.loadDatasetGraph(nq.toString()).find().forEachRemaining(q -> {
            if (!q.getPredicate().equals(NKG.generatedAtTime.asNode())) copy.add(q);
        });
        assertEquals(ARTICLES, count(copy), "one graph per article in " + nq);
        return copy;
    }

    private static int count(DatasetGraph dsg) {
        int n = 0;
        for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) n++;
        return n;
    }

    private static void assertValid(String db) {
        CliRun valid = CliRun.of("validate", "--db", db);
        assertEquals(0, valid.exitCode(), valid.out());
    }
}
