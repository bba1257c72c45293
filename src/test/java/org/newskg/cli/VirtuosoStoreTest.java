package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.id.Iris;
import org.newskg.store.NewsStore;
import org.newskg.store.RemoteEndpoints;
import org.newskg.store.RemoteStore;

/**
 * {@code --store} against OpenLink Virtuoso, started here over a throw-away database: the samples are
 * ingested through it (Digest credentials, HTML forms, statistics recomputed by newskg), an ingest again
 * changes nothing, the export and the statistics are those of a local store of the same articles, and
 * the saved queries listed below give the local store's rows.
 */
class VirtuosoStoreTest {
    /** Calls of every saved query but search (tested apart): Virtuoso answers them as newskg's own store does. */
    static final List<List<String>> SAME_ROWS = List.of(
            List.of("articles"), List.of("attacks-by-attacker", "--param", "actor=https://w3id.org/newskg/id/country/PE"),
            List.of("countries"), List.of("meeting-pairs"), List.of("who-met-whom"), List.of("people"), List.of("planned-meetings"),
            List.of("multi-source-events"), List.of("negotiations-by-topic"), List.of("events-by-code"), List.of("attacks-by-place"),
            List.of("meetings-of", "--param", "person=https://w3id.org/newskg/id/person/renata-coutinho"),
            List.of("timeline", "--param", "from=2025-03-01", "--param", "to=2025-05-31"),
            List.of("confidence", "--param", "node=https://w3id.org/newskg/id/country/BR"),
            List.of("confidence", "--param", "node=https://w3id.org/newskg/id/event/meeting/b72a66c35eadea57"),
            List.of("confidence", "--param", "node=https://w3id.org/newskg/id/event/attack/dd4c380c53e4136e"),
            List.of("confidence", "--param", "node=https://w3id.org/newskg/id/event/negotiation/d0671dd799f968b4"),
            List.of("confidence", "--param", "node=https://w3id.org/newskg/id/person/lucia-paredes"),
            List.of("actors-by-affiliation", "--param", "actor=https://w3id.org/newskg/id/country/BR"),
            List.of("event-evidence", "--param", "event=https://w3id.org/newskg/id/event/meeting/b72a66c35eadea57"),
            List.of("roles-of", "--param", "person=https://w3id.org/newskg/id/person/lucia-paredes"),
            List.of("network-edges"), List.of("conflicting-tolls"),
            List.of("events-of-actor", "--param", "actor=https://w3id.org/newskg/id/country/IN"),
            List.of("edge-events", "--param", "relation=met", "--param", "actor=https://w3id.org/newskg/id/country/BR",
                    "--param", "other=https://w3id.org/newskg/id/country/EC"),
            List.of("edge-events", "--param", "relation=attacked in", "--param", "actor=https://w3id.org/newskg/id/country/MG",
                    "--param", "other=https://w3id.org/newskg/id/place/mg/antsiranana"),
            List.of("near", "--param", "place=https://w3id.org/newskg/id/place/mg/antsiranana", "--param", "km=300"),
            List.of("map-events"), List.of("map-events", "--param", "kind=Attack"), List.of("timeline-items"),
            List.of("timeline-items", "--param", "actor=https://w3id.org/newskg/id/country/IN"),
            List.of("find-by-name", "--param", "name=villacr"), List.of("find-by-name", "--param", "name=peru"),
            List.of("article-facts", "--param", "article=https://w3id.org/newskg/id/article/67512670bc5fab47"));
    /** Says when each article was stored: the two stores were written at different times. */
    private static final String INGEST_TIME = "http://www.w3.org/ns/prov#generatedAtTime";

    @TempDir
    static Path dir;
    static VirtuosoServer virtuoso;
    static List<String> store;
    static String local;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(VirtuosoServer.installed(), "Virtuoso is not installed (Debian package virtuoso-opensource; .ci/run installs it)");
        virtuoso = VirtuosoServer.start(dir.resolve("virtuoso"));
        Path auth = Files.writeString(dir.resolve("auth"), VirtuosoServer.AUTH + "\n");
        store = virtuoso.storeOptions(auth);
        local = CliFixtures.sampleStore(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (virtuoso != null) virtuoso.close();
    }

    @Test
    void ingestThroughVirtuosoThenAgainChangesNothingAndExportsTheLocalGraph() {
        CliRun first = run("ingest", "data/samples");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("8 article(s) stored (8 added"), first.out());
        assertTrue(first.out().contains("recomputed the statistics graph on the store"), first.out());
        CliRun again = run("ingest", "data/samples");
        assertTrue(again.out().contains("8 article(s) stored (0 added, 0 replaced, 8 unchanged)"), again.out());

        Path exported = dir.resolve("virtuoso.nq");
        CliRun export = run("export", "--format", "nq", "--out", exported.toString());
        assertEquals(0, export.exitCode(), export.err());
        DatasetGraph fromVirtuoso = ServerProcess.withoutIngestTimes(RDFDataMgr.loadDatasetGraph(exported.toString()));
        Path localExport = dir.resolve("local.nq");
        CliRun e = CliRun.of("export", "--db", local, "--format", "nq", "--out", localExport.toString());
        assertEquals(0, e.exitCode(), e.err());
        DatasetGraph fromLocal = ServerProcess.withoutIngestTimes(RDFDataMgr.loadDatasetGraph(localExport.toString()));
        // Virtuoso keeps a WKT point as its own geometry type, in single precision (README, Scaling out).
        assertEquals(points(fromLocal).size(), points(fromVirtuoso).size());
        List<double[]> here = points(fromLocal), there = points(fromVirtuoso);
        for (int i = 0; i < here.size(); i++) {
            assertEquals(here.get(i)[0], there.get(i)[0], 1e-4);
            assertEquals(here.get(i)[1], there.get(i)[1], 1e-4);
        }
        assertTrue(IsoMatcher.isomorphic(withoutPoints(fromLocal), withoutPoints(fromVirtuoso)), "the export from Virtuoso is the local store's");
    }

    @Test
    void theStatisticsNewskgWritesToVirtuosoAreThoseItsOwnStoreKeeps() {
        assertEquals(0, run("ingest", "data/samples").exitCode());
        Model onVirtuoso;
        try (RemoteStore r = new RemoteStore(new RemoteEndpoints(virtuoso.url, "sparql", "sparql-auth", null, true, false), "dba", "dba")) {
            Dataset all = r.fetchAll();
            onVirtuoso = all.getNamedModel(Iris.STATISTICS_GRAPH);
        }
        try (NewsStore s = NewsStore.openExisting(Path.of(local))) {
            Model kept = Txn.calculateRead(s.dataset(), () -> org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
                    .add(s.dataset().getNamedModel(Iris.STATISTICS_GRAPH)));
            assertTrue(kept.size() > 100);
            assertTrue(kept.isIsomorphicWith(onVirtuoso), () -> "missing: " + kept.difference(onVirtuoso).listStatements().toList().subList(0, Math.min(5, (int) kept.difference(onVirtuoso).size()))
                    + ", unexpected: " + onVirtuoso.difference(kept).listStatements().toList().subList(0, 5));
        }
    }

    @Test
    void everySavedQueryIsCheckedHere() {
        java.util.Set<String> checked = new java.util.TreeSet<>(SAME_ROWS.stream().map(call -> call.get(0)).toList());
        checked.add("search");
        assertEquals(new java.util.TreeSet<>(org.newskg.query.TemplateLibrary.load(null).all().stream().map(t -> t.name()).toList()), checked);
    }

    @Test
    void savedQueriesAnsweredByVirtuosoGiveTheLocalRows() {
        assertEquals(0, run("ingest", "data/samples").exitCode());
        for (List<String> call : SAME_ROWS) {
            List<String> remote = new ArrayList<>(List.of("query", call.get(0), "--format", "csv"));
            remote.addAll(call.subList(1, call.size()));
            List<String> mine = new ArrayList<>(remote);
            remote.addAll(store);
            mine.addAll(List.of("--db", local));
            CliRun there = CliRun.of(remote.toArray(String[]::new));
            CliRun here = CliRun.of(mine.toArray(String[]::new));
            assertEquals(0, there.exitCode(), call + ": " + there.err());
            assertTrue(here.out().lines().count() > 1, call + " has rows");
            assertEquals(sorted(withoutIngestTimes(here.out())), sorted(withoutIngestTimes(there.out())), call.get(0));
        }
    }

    /**
     * Without newskg's search index (--store-text none) search matches the words as written, unranked and
     * unmarked; for a single word it finds what the index finds: the same sentences, titles, things and articles.
     */
    @Test
    void searchWithoutTheIndexFindsTheSentencesTheIndexFindsForOneWord() throws Exception {
        assertEquals(0, run("ingest", "data/samples").exitCode());
        for (String word : new String[] {"Kasama", "truce"}) {
            List<String> remote = new ArrayList<>(List.of("query", "search", "--param", "words=" + word, "--format", "csv"));
            remote.addAll(store);
            CliRun there = CliRun.of(remote.toArray(String[]::new));
            CliRun here = CliRun.of("query", "search", "--param", "words=" + word, "--format", "csv", "--db", local);
            assertEquals(0, there.exitCode(), there.err());
            java.util.Set<List<String>> found = hits(here.out());
            assertTrue(found.size() > 5, word + ": " + found);
            assertEquals(found, hits(there.out()), word);
            assertTrue(there.out().lines().skip(1).allMatch(line -> line.contains(",1,")), "every score is 1 without the index");
        }
    }

    /** Each row's kind, name, article title, thing, article and evidence sentence. */
    private static java.util.Set<List<String>> hits(String csv) throws java.io.IOException {
        java.util.Set<List<String>> out = new java.util.HashSet<>();
        for (org.apache.commons.csv.CSVRecord r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv))) {
            out.add(List.of(r.get("kind"), r.get("name"), r.get("articleTitle"), r.get("about"), r.get("article"), r.get("evidence")));
        }
        return out;
    }

    private static String withoutIngestTimes(String csv) {
        return String.join("\n", csv.lines().filter(line -> !line.contains(INGEST_TIME)).toList());
    }

    private static final org.apache.jena.graph.Node AS_WKT = org.apache.jena.graph.NodeFactory.createURI("http://www.opengis.net/ont/geosparql#asWKT");

    /** Every point's coordinates, in the order of their graph and subject. */
    private static List<double[]> points(DatasetGraph d) {
        List<org.apache.jena.sparql.core.Quad> quads = new ArrayList<>();
        d.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, AS_WKT, org.apache.jena.graph.Node.ANY).forEachRemaining(quads::add);
        quads.sort(java.util.Comparator.comparing((org.apache.jena.sparql.core.Quad q) -> q.getGraph().getURI()).thenComparing(q -> q.getSubject().getURI()));
        return quads.stream().map(q -> {
            String[] lonLat = q.getObject().getLiteralLexicalForm().replaceAll("^POINT\\(|\\)$", "").trim().split("\\s+");
            return new double[] {Double.parseDouble(lonLat[0]), Double.parseDouble(lonLat[1])};
        }).toList();
    }

    private static DatasetGraph withoutPoints(DatasetGraph d) {
        DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        d.find().forEachRemaining(q -> {
            if (!q.getPredicate().equals(AS_WKT)) copy.add(q);
        });
        return copy;
    }

    /**
     * The rows, sorted, each cell as its sorted words: SPARQL leaves the order of GROUP_CONCAT's items
     * to the store (also inside a summary made of such lists), and an empty GROUP_CONCAT is "" in one
     * and no value in another.
     */
    private static List<String> sorted(String csv) {
        try {
            List<String> rows = new ArrayList<>();
            for (org.apache.commons.csv.CSVRecord r : org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv))) {
                List<String> cells = new ArrayList<>();
                for (String cell : r) {
                    cells.add(String.join(" ", java.util.Arrays.stream(cell.split("[\\s,/;|()\\[\\]]+")).map(VirtuosoStoreTest::number).sorted().toList()));
                }
                rows.add(String.join(",", cells));
            }
            rows.sort(null);
            return rows;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A number as its value (0.0 and 0 alike: stores write a decimal zero either way), to 3 decimals (Virtuoso
     * keeps a point's coordinates in single precision, 6 digits); any other word as it is.
     */
    private static String number(String word) {
        try {
            return new java.math.BigDecimal(word).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return word;
        }
    }

    private static CliRun run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        all.addAll(store);
        return CliRun.of(all.toArray(String[]::new));
    }
}
