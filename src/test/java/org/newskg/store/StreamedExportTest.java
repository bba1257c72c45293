package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.Extractors;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.Pipeline;

/**
 * Exports are streamed, one article graph at a time for JSON-LD, and still say exactly what the
 * store holds: the same quads as the store, and the same union as the whole-model JSON-LD written before.
 */
class StreamedExportTest {
    @TempDir
    static Path dir;
    static NewsStore store;

    @BeforeAll
    static void ingestSamples() {
        store = NewsStore.open(dir.resolve("db"));
        Pipeline.builder(store).extractor(Extractors.defaultExtractor()).listener(IngestListener.onRejected(problem -> {
            throw problem;
        })).batch(100).files(List.of(Path.of("data/samples"))).build().run();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void jsonLdIsOneDocumentWithOneNamedGraphPerArticleAndTheSameQuadsAsTheStore() throws Exception {
        byte[] jsonld = export(ExportFormat.JSONLD);
        JsonNode doc = new ObjectMapper().readTree(jsonld);
        assertEquals("https://w3id.org/newskg/ontology#", doc.get("@context").get("nkg").asText(), "one context, with the store's prefixes");
        long graphs = Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(copy(store.dataset()).asDatasetGraph().listGraphNodes()));
        assertEquals(graphs, doc.get("@graph").size(), "one entry per article graph");
        for (JsonNode g : doc.get("@graph")) assertTrue(g.has("@id") && g.has("@graph"), g.toString().substring(0, 200));

        Dataset parsed = DatasetFactory.create();
        RDFDataMgr.read(parsed, new ByteArrayInputStream(jsonld), Lang.JSONLD);
        DatasetGraph stored = Txn.calculateRead(store.dataset(), () -> copy(store.dataset()).asDatasetGraph());
        assertTrue(stored.size() > 5);
        assertTrue(IsoMatcher.isomorphic(stored, parsed.asDatasetGraph()), "Jena reads back the store's quads");
    }

    @Test
    void theUnionOfTheJsonLdGraphsIsWhatTheWholeModelJsonLdExportGaveBefore() {
        // Before: the union model, built in memory and written by Jena in one piece.
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        RDFDataMgr.write(before, articlesUnion(), RDFFormat.JSONLD_PRETTY);
        Model old = ModelFactory.createDefaultModel();
        RDFDataMgr.read(old, new ByteArrayInputStream(before.toByteArray()), Lang.JSONLD);

        Dataset now = DatasetFactory.create();
        RDFDataMgr.read(now, new ByteArrayInputStream(export(ExportFormat.JSONLD)), Lang.JSONLD);
        Model union = ModelFactory.createModelForGraph(now.asDatasetGraph().getUnionGraph());
        assertEquals(old.size(), union.size());
        assertTrue(old.isIsomorphicWith(union));
    }

    @Test
    void turtleIsTheUnionGraphAndTrigAndNQuadsTheStoresQuads() {
        Model union = articlesUnion();
        Model ttl = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ttl, new ByteArrayInputStream(export(ExportFormat.TTL)), Lang.TURTLE);
        assertTrue(union.isIsomorphicWith(ttl), () -> "only in the union: " + union.difference(ttl).listStatements().toList() + "\nonly in the Turtle: " + ttl.difference(union).listStatements().toList());
        DatasetGraph stored = Txn.calculateRead(store.dataset(), () -> copy(store.dataset()).asDatasetGraph());
        for (ExportFormat f : new ExportFormat[] {ExportFormat.TRIG, ExportFormat.NQ}) {
            Dataset parsed = DatasetFactory.create();
            RDFDataMgr.read(parsed, new ByteArrayInputStream(export(f)), f.rdfFormat().getLang());
            assertTrue(IsoMatcher.isomorphic(stored, parsed.asDatasetGraph()), f.toString());
        }
    }

    private static byte[] export(ExportFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(f, out);
        return out.toByteArray();
    }

    /** The store's article graphs, which is what an export holds: the statistics graph is derived and left out. */
    private static Dataset copy(Dataset ds) {
        Dataset c = DatasetFactory.create();
        ds.listNames().forEachRemaining(n -> {
            if (!StatisticsKeeper.isStatisticsGraph(org.apache.jena.graph.NodeFactory.createURI(n))) {
                c.addNamedModel(n, ModelFactory.createDefaultModel().add(ds.getNamedModel(n)));
            }
        });
        return c;
    }

    /** The union of the article graphs. */
    private static Model articlesUnion() {
        Dataset articles = Txn.calculateRead(store.dataset(), () -> copy(store.dataset()));
        return ModelFactory.createDefaultModel().add(ModelFactory.createModelForGraph(articles.asDatasetGraph().getUnionGraph()));
    }
}
