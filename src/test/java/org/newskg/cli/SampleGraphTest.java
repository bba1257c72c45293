package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled samples with their hand-written extraction JSON: ingested into a real TDB2 store and
 * exported, the graph answers who met whom, where and when, and which sentences say so.
 */
class SampleGraphTest {
    static final String SAMPLES = "data/samples";
    static final String EXTRACTIONS = "data/extractions/samples.jsonl";
    private static final String WHO_MET_WHOM = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT DISTINCT ?a ?b ?place ?date ?sentence ?title WHERE {
              GRAPH ?g {
                ?m a nkg:Meeting ; nkg:participant ?p1, ?p2 ; nkg:place/rdfs:label ?place ; nkg:date ?date ;
                   nkg:evidence ?ev .
                ?ev nkg:sentence ?sentence ; nkg:source ?article .
                ?article dct:title ?title .
                ?p1 a nkg:Person ; rdfs:label ?a . ?p2 a nkg:Person ; rdfs:label ?b .
              }
              FILTER(STR(?a) < STR(?b))
            } ORDER BY ?date ?a ?b""";

    @TempDir
    static Path dir;
    private static Dataset exported;

    @BeforeAll
    static void ingestAndExport() throws IOException {
        String db = dir.resolve("db").toString();
        CliRun articles = CliRun.of("ingest", "--db", db, SAMPLES);
        assertEquals(0, articles.exitCode(), articles.err());
        CliRun run = CliRun.of("ingest", "--strict", "--db", db, "--extractions", EXTRACTIONS);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("8 article(s) stored"), run.out());
        Path trig = dir.resolve("samples.trig");
        assertEquals(0, CliRun.of("export", "--db", db, "--format", "trig", "--out", trig.toString()).exitCode());
        exported = DatasetFactory.create();
        RDFDataMgr.read(exported, trig.toString());
    }

    @Test
    void everySampleArticleBecameOneNamedGraph() {
        assertEquals(8, exported.asDatasetGraph().size());
    }

    @Test
    void answersWhoMetWhomWhereAndWhenWithTheSentences() {
        List<QuerySolution> rows = select(WHO_MET_WHOM);
        List<QuerySolution> montevideo = rows.stream()
                .filter(r -> r.getLiteral("a").getString().equals("Lucia Paredes") && r.getLiteral("b").getString().equals("Renata Coutinho"))
                .filter(r -> r.getLiteral("place").getString().equals("Montevideo"))
                .toList();
        assertTrue(!montevideo.isEmpty(), "no Montevideo meeting of Coutinho and Paredes in " + rows.size() + " rows");
        for (QuerySolution r : montevideo) assertEquals("2025-03-11", r.getLiteral("date").getLexicalForm());
        assertTrue(montevideo.stream().anyMatch(r -> r.getLiteral("sentence").getString().contains("in Montevideo on Tuesday")),
                "a sentence that says where and when");
        assertTrue(rows.stream().map(r -> r.getLiteral("title").getString()).distinct().count() >= 2,
                "meetings are traced to more than one article");
    }

    @Test
    void evidenceSentencesAreVerbatimSlicesOfTheArticleText() {
        List<QuerySolution> rows = select("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                SELECT ?sentence ?start ?end ?text WHERE { GRAPH ?g {
                  ?ev a nkg:Evidence ; nkg:sentence ?sentence ; nkg:startOffset ?start ; nkg:endOffset ?end ; nkg:source ?a .
                  ?a nkg:text ?text } }""");
        assertTrue(rows.size() > 50, "evidence for every actor and event: " + rows.size());
        for (QuerySolution r : rows) {
            String text = r.getLiteral("text").getString();
            assertEquals(r.getLiteral("sentence").getString(),
                    text.substring(r.getLiteral("start").getInt(), r.getLiteral("end").getInt()));
        }
    }

    @Test
    void allFourKindsOfThingAndAllThreeKindsOfEventArePresent() {
        for (String type : List.of("Person", "Country", "Organization", "Meeting", "Attack", "Negotiation")) {
            List<QuerySolution> rows = select("PREFIX nkg: <https://w3id.org/newskg/ontology#>\n"
                    + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a nkg:" + type + " } }");
            assertTrue(rows.get(0).getLiteral("n").getInt() >= 2, type);
        }
    }

    @Test
    void ingestingTheSameFilesAgainLeavesAnIsomorphicExport(@TempDir Path other) throws IOException {
        String db = other.resolve("db").toString();
        CliRun.of("ingest", "--db", db, "--extractions", EXTRACTIONS);
        Path first = other.resolve("1.nq");
        CliRun.of("export", "--db", db, "--format", "nq", "--out", first.toString());
        CliRun again = CliRun.of("ingest", "--db", db, "--extractions", EXTRACTIONS);
        assertTrue(again.out().contains("(0 added, 0 replaced, 8 unchanged)"), again.out());
        Path second = other.resolve("2.nq");
        CliRun.of("export", "--db", db, "--format", "nq", "--out", second.toString());
        Dataset a = DatasetFactory.create();
        Dataset b = DatasetFactory.create();
        RDFDataMgr.read(a, first.toString());
        RDFDataMgr.read(b, second.toString());
        assertTrue(IsoMatcher.isomorphic(a.asDatasetGraph(), b.asDatasetGraph()));
        assertEquals(Files.size(first), Files.size(second));
        assertEquals(0, CliRun.of("validate", "--db", db).exitCode());
    }

    private static List<QuerySolution> select(String sparql) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(sparql, exported)) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }
}
