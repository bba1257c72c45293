package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ReadResult;

/**
 * The two real articles in {@code ../shared/seeds}: each comes out titled, dated and with clean text.
 * Skipped, with a message, where the folder is absent.
 */
class SeedArticlesTest {
    static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static List<Article> articles;

    @BeforeAll
    static void read() throws IOException {
        org.newskg.TestSeeds.assumePresent(SeedArticlesTest.class);
        try (Stream<Path> files = Files.list(SEEDS)) {
            articles = files.sorted().flatMap(f -> new ArticleReader().read(f).stream())
                    .map(r -> ((ReadResult.Read) r).article()).toList();
        }
    }

    @Test
    void everySeedIsTitledAndDated() {
        assertEquals(2, articles.size());
        for (Article a : articles) {
            assertNotNull(a.date(), a.sourceFile());
            assertFalse(a.title().isBlank(), a.sourceFile());
            assertTrue(a.title().length() < 120, a.title());
        }
        Article headed = articles.stream().filter(a -> a.dateSource() == Article.DateSource.METADATA).findFirst().orElseThrow();
        assertEquals("2025-04-17", headed.date().toString());
        assertFalse(headed.title().startsWith("date"), headed.title());
    }

    @Test
    void noFurnitureReachesTheCleanText() {
        for (Article a : articles) {
            String[] paragraphs = a.text().split("\n\n");
            assertTrue(paragraphs.length >= 15, a.sourceFile() + " keeps its body: " + paragraphs.length);
            for (String p : paragraphs) {
                assertTrue(p.length() > 40, "short line in body: " + p);
                assertFalse(p.matches("(?s).*(\\(\\d?[LRC]\\)|\\?\\.|LATEST NEWS|Recommended|^\\d+\\. ).*"), "furniture: " + p);
            }
            // Every paragraph of the body ends like a sentence: no headlines, slugs or codes.
            for (String p : paragraphs) assertTrue(p.matches("(?s).*[.!?][\"'”’)]*$"), "not prose: " + p);
        }
    }

    @Test
    void ingestAndExportGiveTwoTitledDatedArticles(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String db = dir.resolve("db").toString();
        CliRun run = CliRun.of("ingest", "--db", db, SEEDS.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 article(s) stored"), run.out());
        Path trig = dir.resolve("seeds.trig");
        assertEquals(0, CliRun.of("export", "--db", db, "--format", "trig", "--out", trig.toString()).exitCode());
        String text = Files.readString(trig);
        assertEquals(2, text.split("dct:title", -1).length - 1, "two titled articles");
        assertEquals(2, text.split("dct:date", -1).length - 1, "two dated articles");
    }

    @Test
    void exportAnswersWhoMetInParisAndWhichAttacksKilledHowMany(@org.junit.jupiter.api.io.TempDir Path dir) {
        String db = dir.resolve("db").toString();
        assertEquals(0, CliRun.of("ingest", "--db", db, SEEDS.toString()).exitCode());
        Path trig = dir.resolve("seeds.trig");
        assertEquals(0, CliRun.of("export", "--db", db, "--format", "trig", "--out", trig.toString()).exitCode());
        org.apache.jena.query.Dataset ds = org.apache.jena.riot.RDFDataMgr.loadDataset(trig.toString());
        List<String> met = select(ds, """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                SELECT DISTINCT ?who ?sentence WHERE { GRAPH ?g {
                  ?m a nkg:Meeting ; nkg:place/rdfs:label "Paris" ; nkg:date "2025-04-17"^^xsd:date ;
                     nkg:participant/rdfs:label ?who ; nkg:evidence/nkg:sentence ?sentence } }""", "who");
        assertTrue(met.containsAll(List.of("Marco Rubio", "Emmanuel Macron")), met.toString());
        List<String> sentences = select(ds, """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?sentence WHERE { GRAPH ?g {
                  ?m a nkg:Meeting ; nkg:place/rdfs:label "Paris" ; nkg:evidence/nkg:sentence ?sentence } }""", "sentence");
        assertTrue(sentences.stream().anyMatch(x -> x.contains("in Paris on Thursday to meet")), sentences.toString());
        List<String> attacks = select(ds, """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?line WHERE { GRAPH ?g {
                  ?a a nkg:Attack ; nkg:killed ?n ; nkg:attacker/rdfs:label ?by ; nkg:place/rdfs:label ?where }
                  BIND(CONCAT(?by, " killed ", STR(?n), " in ", ?where) AS ?line) }""", "line");
        assertTrue(attacks.contains("Russia killed 35 in Sumy"), attacks.toString());
        assertTrue(attacks.contains("Russia killed 3 in Dnipro"), attacks.toString());
    }

    private static List<String> select(org.apache.jena.query.Dataset ds, String q, String var) {
        List<String> out = new java.util.ArrayList<>();
        try (var qe = org.apache.jena.query.QueryExecution.create(q, ds)) {
            qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral(var).getString()));
        }
        return out;
    }
}
