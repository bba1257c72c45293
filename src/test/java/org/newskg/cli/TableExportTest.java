package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.EventTable;
import org.newskg.store.NewsStore;
import org.w3c.dom.Document;

/**
 * Flat exports of the sample store: events-csv parses as CSV and gives each event once, with the store's
 * counts; gexf is valid GEXF 1.3 and holds every pair of actors who met and every attacker and place.
 */
class TableExportTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ingestSamples() {
        db = CliFixtures.sampleStore(dir);
    }

    @Test
    void eventsCsvHasOneRowPerEventAndRoundTripsTheCounts() throws Exception {
        Path csv = dir.resolve("events.csv");
        CliRun run = CliRun.of("export", "--db", db, "--format", "events-csv", "--out", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(csv)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        Map<String, Long> byClass = new HashMap<>();
        Set<String> ids = new HashSet<>();
        long sources = 0;
        for (CSVRecord r : rows) {
            assertEquals(EventTable.COLUMNS.size(), r.size());
            assertTrue(ids.add(r.get("event_id")), "each event once: " + r.get("event_id"));
            byClass.merge(r.get("class"), 1L, Long::sum);
            sources += Long.parseLong(r.get("sources"));
            assertTrue(r.get("cameo").matches("\\d{3,4}(; \\d{3,4})*"), r.get("cameo"));
        }
        assertEquals(Map.of("Meeting", count(db, "Meeting"), "Attack", count(db, "Attack"), "Negotiation", count(db, "Negotiation")), byClass);
        assertEquals(sum(db, "sourceCount"), sources, "the sources column adds up to the store's counts");
        CSVRecord located = rows.stream().filter(r -> !r.get("latitude").isEmpty()).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(located.get("latitude")) >= -90 && !located.get("place").isEmpty(), located.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("first_source_url").startsWith("https://")));
    }

    @Test
    void gexfIsValidGexf13WithEveryPairThatMetOrAttacked() throws Exception {
        Path gexf = dir.resolve("network.gexf");
        CliRun run = CliRun.of("export", "--db", db, "--format", "gexf", "--out", gexf.toString());
        assertEquals(0, run.exitCode(), run.err());
        URL xsd = TableExportTest.class.getResource("/gexf/1.3/gexf.xsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
                .validate(new StreamSource(gexf.toFile()));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(gexf.toFile());
        long edges = doc.getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength();
        assertEquals(sumOf(db, "SELECT (COUNT(?p) AS ?n) WHERE { { ?p nkg:meetingCount ?c } UNION { ?p nkg:attackCount ?c } }"), edges);
        assertTrue(edges > 0);
    }

    @Test
    void tablesNeedALocalStore() {
        CliRun run = CliRun.of("export", "--store", "http://127.0.0.1:9/news", "--format", "gexf");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("reads a local store"), run.err());
    }

    private static long count(String db, String cls) {
        return sumOf(db, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a nkg:" + cls + " }");
    }

    private static long sum(String db, String property) {
        return sumOf(db, "SELECT (SUM(?c) AS ?n) WHERE { ?e nkg:" + property + " ?c ; a nkg:Event }");
    }

    private static long sumOf(String db, String select) {
        long[] n = {0};
        try (NewsStore s = NewsStore.openExisting(Path.of(db))) {
            s.select("PREFIX nkg: <https://w3id.org/newskg/ontology#> " + select, row -> n[0] = row.getLiteral("n").getLong());
        }
        return n[0];
    }
}
