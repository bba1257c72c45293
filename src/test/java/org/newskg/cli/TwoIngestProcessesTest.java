package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.NewsStore;
import org.newskg.store.RemoteStore;

/**
 * Several ingest processes feed one store: two real {@code newskg ingest --store URL} processes
 * write to one running {@code newskg serve --writable}, one of them in the middle of the other's
 * run. Each learns what the other stored before its next batch, so a minister named in full by one
 * and by surname by the other is one person, and the meeting both report is one event: the same
 * graph as one embedded ingest of both sets.
 */
class TwoIngestProcessesTest {
    /** Generous, for a slow shared machine; a healthy run takes seconds. */
    private static final long PATIENCE_SECONDS = 180;

    private static final String A_SUMMIT = """
            title: Ministers meet in Valletta
            date: 2025-03-12
            url: https://example.org/a/valletta-talks

            Foreign Minister Jane Doe-Example met Italian Foreign Minister Antonio Tajani in Valletta on Monday \
            to discuss migration across the Mediterranean.

            Doe-Example said the talks were frank, officials said.
            """;
    private static final String B_HARBOUR = """
            title: Harbour strike ends
            date: 2025-03-11
            url: https://example.org/b/harbour-strike

            Dock workers in Lisbon returned to work on Tuesday after the port authority agreed to raise wages, the union said.
            """;
    /** The same meeting, the minister by surname only and no place: it joins only what is known of set A. */
    private static final String B_MEETING = """
            title: Migration talks
            date: 2025-03-13
            url: https://example.org/b/migration-talks

            Foreign Minister Doe-Example met Italian Foreign Minister Antonio Tajani on Monday to discuss migration \
            across the Mediterranean, a spokesman said.
            """;

    @TempDir
    Path dir;

    @Test
    void aProcessLearnsWhatAnotherStoredMeanwhile() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Files.writeString(a.resolve("a1-summit.txt"), A_SUMMIT);
        Path b = Files.createDirectories(dir.resolve("b"));
        Path harbour = Files.writeString(b.resolve("b0-harbour.txt"), B_HARBOUR);
        // A named pipe holds process B after its first article until set A is stored: a fixed interleaving, not a race.
        Path meeting = b.resolve("b1-meeting.txt");
        assumeTrue(new ProcessBuilder("mkfifo", meeting.toString()).start().waitFor() == 0, "mkfifo is available");

        DatasetGraph served;
        try (ServerProcess server = ServerProcess.start(dir.resolve("served"))) {
            Process processB = ServerProcess.newskg("ingest", "--store", server.url, "--auth", ServerProcess.AUTH,
                    "--batch", "1", "--threads", "1", harbour.toString(), meeting.toString());
            try {
                BlockingQueue<String> outB = lines(processB);
                awaitLine(outB, "added ", "process B stored its first article");

                Process processA = ServerProcess.newskg("ingest", "--store", server.url, "--auth", ServerProcess.AUTH, a.toString());
                BlockingQueue<String> outA = lines(processA);
                assertTrue(processA.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "process A ended");
                assertEquals(0, processA.exitValue(), String.join("\n", outA));

                Files.writeString(meeting, B_MEETING);
                awaitLine(outB, "added ", "process B stored the meeting");
                assertTrue(processB.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "process B ended");
                assertEquals(0, processB.exitValue());
            } finally {
                processB.destroyForcibly();
            }
            try (RemoteStore remote = new RemoteStore(server.url, "editor", "s3cret")) {
                served = ServerProcess.withoutIngestTimes(remote.fetchAll().asDatasetGraph());
            }
        }

        assertEquals(Set.of("Jane Doe-Example"), labelsOfPeopleNamed("Doe-Example", served), "one person, under her full name");
        assertEquals(1, count(served, "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e a <https://w3id.org/newskg/ontology#Meeting> } }"),
                "one meeting, reported by both sets");

        Path oneRun = Files.createDirectories(dir.resolve("one-run"));
        Path meetingFile = Files.writeString(oneRun.resolve("b1-meeting.txt"), B_MEETING);
        String db = dir.resolve("embedded").toString();
        CliRun embeddedRun = CliRun.of("ingest", "--db", db, a.resolve("a1-summit.txt").toString(), harbour.toString(), meetingFile.toString());
        assertEquals(0, embeddedRun.exitCode(), embeddedRun.err());
        DatasetGraph embedded;
        try (NewsStore s = NewsStore.openExisting(Path.of(db))) {
            embedded = Txn.calculateRead(s.dataset(), () -> ServerProcess.withoutIngestTimes(s.dataset().asDatasetGraph()));
        }
        assertTrue(IsoMatcher.isomorphic(embedded, served), "two processes on one server give the graph of one embedded ingest");
    }

    /** The labels of the distinct people one of whose names contains {@code name}. */
    private static Set<String> labelsOfPeopleNamed(String name, DatasetGraph dsg) {
        Set<String> labels = new HashSet<>();
        ParameterizedSparqlString pss = new ParameterizedSparqlString("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?p ?label WHERE { GRAPH ?g { ?p a nkg:Person ; rdfs:label ?label ; rdfs:label|skos:altLabel ?n
                  FILTER(CONTAINS(?n, ?name)) } }""");
        pss.setLiteral("name", name);
        String q = pss.toString();
        Set<String> people = new HashSet<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> {
                people.add(r.getResource("p").getURI());
                labels.add(r.getLiteral("label").getString());
            });
        }
        assertEquals(1, people.size(), "people named " + name + ": " + people);
        return labels;
    }

    private static int count(DatasetGraph dsg, String select) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(select).build()) {
            int n = 0;
            for (var rows = qe.execSelect(); rows.hasNext(); rows.next()) n++;
            return n;
        }
    }

    private static BlockingQueue<String> lines(Process p) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                .lines().forEach(lines::add));
        pump.setDaemon(true);
        pump.start();
        return lines;
    }

    private static void awaitLine(BlockingQueue<String> lines, String start, String what) throws InterruptedException {
        StringBuilder seen = new StringBuilder();
        for (String line; (line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS)) != null; ) {
            seen.append(line).append('\n');
            if (line.startsWith(start)) return;
        }
        assertNotNull(null, what + "; it printed:\n" + seen);
    }
}
