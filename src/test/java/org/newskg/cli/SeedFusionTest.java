package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.NewsStore;

/**
 * The two seed articles ingested in two separate runs fuse: one node per person and country, the
 * Paris meeting and the Sumy attack as single nodes with both articles as sources. Skipped where
 * ../shared/seeds is absent.
 */
class SeedFusionTest {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void ingestInTwoRuns() throws IOException {
        assumeTrue(Files.isDirectory(SeedArticlesTest.SEEDS), "skipped: " + SeedArticlesTest.SEEDS.toAbsolutePath() + " is absent");
        db = dir.resolve("db");
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SeedArticlesTest.SEEDS)) {
            seeds = files.sorted().toList();
        }
        for (Path seed : seeds) assertEquals(0, CliRun.of("ingest", "--db", db.toString(), seed.toString()).exitCode());
    }

    private static List<QuerySolution> select(String q) {
        try (NewsStore s = NewsStore.openExisting(db)) {
            return Txn.calculateRead(s.dataset(), () -> {
                List<QuerySolution> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query("""
                        PREFIX nkg: <https://w3id.org/newskg/ontology#>
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        """ + q).build()) {
                    // Copy each row while the store is open: TDB2 decodes values lazily.
                    qe.execSelect().forEachRemaining(row -> {
                        org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                        row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                        out.add(copy);
                    });
                }
                return out;
            });
        }
    }

    @Test
    void onePersonNodePerPersonAndOneCountryNodePerCountry() {
        List<QuerySolution> people = select("SELECT ?label (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a nkg:Person ; rdfs:label ?label } GROUP BY ?label HAVING (COUNT(DISTINCT ?p) > 1)");
        assertTrue(people.isEmpty(), "a name on two person nodes: " + people);
        List<QuerySolution> shared = select("SELECT ?p WHERE { ?p a nkg:Person ; nkg:mentionedIn ?a1, ?a2 FILTER(?a1 != ?a2) } GROUP BY ?p");
        assertTrue(shared.size() >= 8, "the people both articles name are shared nodes: " + shared.size());
        List<QuerySolution> countries = select("SELECT ?code (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a nkg:Country ; nkg:isoCode ?code } GROUP BY ?code HAVING (COUNT(DISTINCT ?c) > 1)");
        assertTrue(countries.isEmpty(), countries.toString());
    }

    @Test
    void theParisMeetingIsOneNodeWithBothSources() {
        List<QuerySolution> rows = select("""
                SELECT ?m (COUNT(DISTINCT ?a) AS ?sources) (SAMPLE(?d) AS ?date) WHERE {
                  ?m a nkg:Meeting ; nkg:place/rdfs:label "Paris" ; nkg:mentionedIn ?a . OPTIONAL { ?m nkg:date ?d } } GROUP BY ?m""");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(2, rows.get(0).getLiteral("sources").getInt());
        assertEquals("2025-04-17", rows.get(0).getLiteral("date").getLexicalForm());
    }

    @Test
    void theUndatedArticleTakesItsDateFromTheEventsItShares() {
        List<QuerySolution> rows = select("""
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?date ?source WHERE { ?a a nkg:Article ; dct:date ?date ; nkg:dateSource ?source } ORDER BY ?source""");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("inferred-from-events", rows.get(0).getLiteral("source").getString());
        assertEquals("2025-04-17", rows.get(0).getLiteral("date").getLexicalForm());
        assertEquals("metadata", rows.get(1).getLiteral("source").getString());
    }

    @Test
    void theSumyAttackIsOneNodeWithBothSources() {
        List<QuerySolution> rows = select("""
                SELECT ?x (COUNT(DISTINCT ?a) AS ?sources) (MAX(?k) AS ?killed) (SAMPLE(?d) AS ?date) (SAMPLE(?by) AS ?attacker) WHERE {
                  ?x a nkg:Attack ; nkg:place/rdfs:label "Sumy" ; nkg:mentionedIn ?a ; nkg:killed ?k ; nkg:attacker/rdfs:label ?by .
                  OPTIONAL { ?x nkg:date ?d } } GROUP BY ?x""");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(2, rows.get(0).getLiteral("sources").getInt());
        assertEquals(35, rows.get(0).getLiteral("killed").getInt());
        assertEquals("2025-04-13", rows.get(0).getLiteral("date").getLexicalForm());
        assertEquals("Russia", rows.get(0).getLiteral("attacker").getString());
    }
}
