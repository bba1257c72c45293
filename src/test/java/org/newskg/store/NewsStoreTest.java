package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestExtractions;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionMapper;

class NewsStoreTest {
    @TempDir
    Path dir;

    private final ExtractionMapper mapper = new ExtractionMapper();
    private final ArticleGraph a = mapper.map(TestExtractions.meeting("https://example.org/a", "Talks in Valletta"));
    private final ArticleGraph b = mapper.map(TestExtractions.meeting("https://example.org/b", "Second report"));

    @Test
    void storesOneNamedGraphPerArticleAndQueriesSeeTheirUnion() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            assertEquals(List.of(WriteOutcome.ADDED, WriteOutcome.ADDED), outcomes(s.write(List.of(a, b))));
            StoreStats st = s.stats();
            assertEquals(2, st.articles());
            assertEquals(2, st.graphs());
            assertEquals(2L, st.actorsByKind().get("Person"), "the same people in two articles are one node each");
            long mentions = Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create("""
                        PREFIX nkg: <https://w3id.org/newskg/ontology#>
                        SELECT (COUNT(?article) AS ?n) WHERE { ?m a nkg:Meeting ; nkg:mentionedIn ?article }""", s.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(2, mentions, "the meeting is reported by both articles, seen through the union graph");
        }
    }

    @Test
    void reingestingTheSameArticleChangesNothing() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(a));
            byte[] before = export(s, ExportFormat.NQ);
            assertEquals(List.of(WriteOutcome.UNCHANGED), outcomes(s.write(List.of(a))));
            assertEquals(new String(before), new String(export(s, ExportFormat.NQ)));
        }
    }

    @Test
    void changedArticleReplacesItsGraphOnly() {
        ArticleGraph changed = mapper.map(TestExtractions.meeting("https://example.org/a", "Corrected title"));
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(a, b));
            long quads = s.stats().quads();
            assertEquals(List.of(WriteOutcome.REPLACED), outcomes(s.write(List.of(changed))));
            assertEquals(quads, s.stats().quads());
            String trig = new String(export(s, ExportFormat.TRIG));
            assertTrue(trig.contains("Corrected title") && !trig.contains("Talks in Valletta") && trig.contains("Second report"));
        }
    }

    @Test
    void removesExactlyOneArticlesStatementsFoundByIriUrlOrFileName() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(a));
            byte[] onlyA = export(s, ExportFormat.NQ);
            s.write(List.of(b));
            assertEquals(List.of(b.iri()), s.findArticles("https://example.org/b"));
            assertEquals(List.of(a.iri()), s.findArticles(a.iri()));
            assertEquals(2, s.findArticles("some/dir/t1.txt").size(), "both test articles were read from t1.txt");
            assertTrue(s.findArticles("https://example.org/none").isEmpty());
            assertTrue(s.remove(b.iri()));
            assertFalse(s.remove(b.iri()));
            assertTrue(isomorphicQuads(onlyA, export(s, ExportFormat.NQ)));
        }
    }

    @Test
    void exportsEveryFormatSoThatRiotParsesItBack() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(a, b));
            // The union of the article graphs: exports leave the derived statistics graph out.
            long triplesInUnion = Txn.calculateRead(s.dataset(), () -> s.dataset().getUnionModel().size()
                    - s.dataset().getNamedModel(org.newskg.id.Iris.STATISTICS_GRAPH).size());
            assertTrue(Txn.calculateRead(s.dataset(), () -> !s.dataset().getNamedModel(org.newskg.id.Iris.STATISTICS_GRAPH).isEmpty()));
            for (ExportFormat f : ExportFormat.values()) {
                byte[] bytes = export(s, f);
                Dataset parsed = DatasetFactory.create();
                RDFDataMgr.read(parsed, new ByteArrayInputStream(bytes), f.rdfFormat().getLang());
                if (f.keepsNamedGraphs()) {
                    assertEquals(2, parsed.asDatasetGraph().size(), f + " keeps the named graphs");
                } else {
                    assertEquals(triplesInUnion, parsed.getDefaultModel().size(), f + " writes the union graph");
                }
            }
            String ttl = new String(export(s, ExportFormat.TTL));
            assertTrue(ttl.contains("@prefix nkg:") || ttl.contains("PREFIX nkg:"), "Turtle keeps the prefixes");
        }
    }

    @Test
    void storeIsValidAgainstTheShapes() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(a, b));
            assertEquals(List.of(), new StoreValidator().validate(s));
        }
    }

    @Test
    void validatorReportsBrokenData() {
        Model bad = ModelFactory.createDefaultModel();
        RDFDataMgr.read(bad, new ByteArrayInputStream("""
                @prefix nkg: <https://w3id.org/newskg/ontology#> .
                <http://example.org/e> a nkg:Evidence, nkg:Event ; nkg:startOffset "three" .
                """.getBytes()), Lang.TURTLE);
        assertFalse(new StoreValidator().validate(bad.getGraph()).isEmpty());
    }

    @Test
    void aMeetingOfNobodyDoesNotValidate() {
        String meeting = """
                @prefix nkg: <https://w3id.org/newskg/ontology#> .
                <http://example.org/m> a nkg:Meeting, nkg:Event .
                """;
        Model alone = ModelFactory.createDefaultModel();
        RDFDataMgr.read(alone, new ByteArrayInputStream(meeting.getBytes()), Lang.TURTLE);
        assertTrue(new StoreValidator().validate(alone.getGraph()).stream()
                .anyMatch(v -> v.toString().contains("participant")), "a meeting needs a participant");

        Model met = ModelFactory.createDefaultModel();
        RDFDataMgr.read(met, new ByteArrayInputStream((meeting + """
                <http://example.org/m> nkg:participant <http://example.org/p> .
                <http://example.org/p> a nkg:Person, nkg:Actor .
                """).getBytes()), Lang.TURTLE);
        assertFalse(new StoreValidator().validate(met.getGraph()).stream()
                .anyMatch(v -> v.toString().contains("participant")), new StoreValidator().validate(met.getGraph()).toString());
    }

    @Test
    void missingStoreIsAClearError() {
        StoreException e = assertThrows(StoreException.class, () -> NewsStore.openExisting(dir.resolve("nothing")));
        assertTrue(e.getMessage().startsWith("no store at "), e.getMessage());
    }

    private static List<WriteOutcome> outcomes(List<WriteResult> results) {
        return results.stream().map(WriteResult::outcome).toList();
    }

    static byte[] export(NewsStore s, ExportFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.export(f, out);
        return out.toByteArray();
    }

    static boolean isomorphicQuads(byte[] x, byte[] y) {
        Dataset dx = DatasetFactory.create();
        Dataset dy = DatasetFactory.create();
        RDFDataMgr.read(dx, new ByteArrayInputStream(x), Lang.NQUADS);
        RDFDataMgr.read(dy, new ByteArrayInputStream(y), Lang.NQUADS);
        return IsoMatcher.isomorphic(dx.asDatasetGraph(), dy.asDatasetGraph());
    }
}
