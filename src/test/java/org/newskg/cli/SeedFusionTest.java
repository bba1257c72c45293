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
        org.newskg.TestSeeds.assumePresent(SeedFusionTest.class);
        db = dir.resolve("db");
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SeedArticlesTest.SEEDS)) {
            seeds = files.sorted().toList();
        }
        for (Path seed : seeds) assertEquals(0, CliRun.of("ingest", "--db", db.toString(), seed.toString()).exitCode());
    }

    /** Rows as variable -> lexical form or IRI, read while the store is open (TDB2 decodes values lazily). */
    private static List<java.util.Map<String, String>> select(String q) {
        try (NewsStore s = NewsStore.openExisting(db)) {
            return Txn.calculateRead(s.dataset(), () -> {
                List<java.util.Map<String, String>> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query("""
                        PREFIX nkg: <https://w3id.org/newskg/ontology#>
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        """ + q).build()) {
                    qe.execSelect().forEachRemaining(row -> {
                        java.util.Map<String, String> copy = new java.util.HashMap<>();
                        row.varNames().forEachRemaining(v -> copy.put(v,
                                row.get(v).isLiteral() ? row.get(v).asLiteral().getLexicalForm() : row.get(v).toString()));
                        out.add(copy);
                    });
                }
                return out;
            });
        }
    }

    @Test
    void onePersonNodePerPersonAndOneCountryNodePerCountry() {
        List<java.util.Map<String, String>> people = select("SELECT ?label (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a nkg:Person ; rdfs:label ?label } GROUP BY ?label HAVING (COUNT(DISTINCT ?p) > 1)");
        assertTrue(people.isEmpty(), "a name on two person nodes: " + people);
        List<java.util.Map<String, String>> shared = select("SELECT ?p WHERE { ?p a nkg:Person ; nkg:mentionedIn ?a1, ?a2 FILTER(?a1 != ?a2) } GROUP BY ?p");
        assertTrue(shared.size() >= 8, "the people both articles name are shared nodes: " + shared.size());
        List<java.util.Map<String, String>> countries = select("SELECT ?code (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a nkg:Country ; nkg:isoCode ?code } GROUP BY ?code HAVING (COUNT(DISTINCT ?c) > 1)");
        assertTrue(countries.isEmpty(), countries.toString());
    }

    @Test
    void theParisMeetingIsOneNodeWithBothSources() {
        List<java.util.Map<String, String>> rows = select("""
                SELECT ?m (COUNT(DISTINCT ?a) AS ?sources) (SAMPLE(?d) AS ?date) WHERE {
                  ?m a nkg:Meeting ; nkg:place/rdfs:label "Paris" ; nkg:mentionedIn ?a . OPTIONAL { ?m nkg:date ?d } } GROUP BY ?m""");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("2", rows.get(0).get("sources"));
        assertEquals("2025-04-17", rows.get(0).get("date"));
    }

    @Test
    void theUndatedArticleTakesItsDateFromTheEventsItShares() {
        List<java.util.Map<String, String>> rows = select("""
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?date ?source WHERE { ?a a nkg:Article ; dct:date ?date ; nkg:dateSource ?source } ORDER BY ?source""");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("inferred-from-events", rows.get(0).get("source"));
        assertEquals("2025-04-17", rows.get(0).get("date"));
        assertEquals("metadata", rows.get(1).get("source"));
    }

    @Test
    void theSumyAttackIsOneNodeWithBothSources() {
        List<java.util.Map<String, String>> rows = select("""
                SELECT ?x (COUNT(DISTINCT ?a) AS ?sources) (MAX(?k) AS ?killed) (SAMPLE(?d) AS ?date) (SAMPLE(?by) AS ?attacker) WHERE {
                  ?x a nkg:Attack ; nkg:place/rdfs:label "Sumy" ; nkg:mentionedIn ?a ; nkg:killed ?k ; nkg:attacker/rdfs:label ?by .
                  OPTIONAL { ?x nkg:date ?d } } GROUP BY ?x""");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("2", rows.get(0).get("sources"));
        assertEquals("35", rows.get(0).get("killed"));
        assertEquals("2025-04-13", rows.get(0).get("date"));
        assertEquals("Russia", rows.get(0).get("attacker"));
    }
}
