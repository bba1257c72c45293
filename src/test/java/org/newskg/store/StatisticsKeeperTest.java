package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.id.Iris;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.NKG;

/**
 * After every kind of write the statistics graph equals the statistics computed from scratch
 * ({@link StatisticsFromScratch}), and holds more than zeros and ones.
 */
class StatisticsKeeperTest {
    private static final String ID = "https://example.org/id/";
    private static final String PREFIXES = """
            @prefix nkg: <https://w3id.org/newskg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix : <https://example.org/id/> .
            """;
    /** Two persons meet in Valletta; Spain attacks there the same day. Articles 1 and 2 are one outlet's, 3 another's. */
    private static final ArticleGraph ONE = article("1", """
            :art1 dct:date "2025-03-10"^^xsd:date ; nkg:outlet :daily .
            :m1 a nkg:Meeting, nkg:Event ; nkg:participant :ana, :tom ; nkg:date "2025-03-10"^^xsd:date ;
                nkg:place :valletta ; nkg:mentionedIn :art1 .
            :x1 a nkg:Attack, nkg:Event ; nkg:attacker :es ; nkg:place :valletta ; nkg:date "2025-03-10"^^xsd:date ;
                nkg:mentionedIn :art1 .
            :ana a nkg:Person, nkg:Actor ; rdfs:label "Ana Ruiz" ; nkg:mentionedIn :art1 .
            :tom a nkg:Person, nkg:Actor ; rdfs:label "Tomas Berg" ; nkg:mentionedIn :art1 .
            :es a nkg:Country, nkg:Actor ; rdfs:label "Spain" ; nkg:mentionedIn :art1 .
            :mt a nkg:Country, nkg:Actor ; rdfs:label "Malta" .
            :valletta a nkg:Place ; rdfs:label "Valletta" ; nkg:country :mt .
            """);
    /**
     * The same meeting, and the two meet again the next day; Ana is also called by her surname, Tom by
     * his. A bombing kills five.
     */
    private static final ArticleGraph TWO = article("2", """
            :art2 dct:date "2025-03-11"^^xsd:date ; nkg:outlet :daily .
            :x2 a nkg:Attack, nkg:Event ; nkg:killed 5 ; nkg:injured 2 ; nkg:date "2025-03-11"^^xsd:date ; nkg:mentionedIn :art2 .
            :m1 a nkg:Meeting, nkg:Event ; nkg:participant :ana, :tom ; nkg:date "2025-03-10"^^xsd:date ; nkg:mentionedIn :art2 .
            :m2 a nkg:Meeting, nkg:Event ; nkg:participant :ana, :tom, :es ; nkg:date "2025-03-11"^^xsd:date ;
                nkg:place :valletta ; nkg:mentionedIn :art2 .
            :ana a nkg:Person, nkg:Actor ; rdfs:label "Ana Ruiz" ; skos:altLabel "Ruiz" ; nkg:mentionedIn :art2 .
            :tom a nkg:Person, nkg:Actor ; rdfs:label "Tomas Berg" ; skos:altLabel "Berg" ; nkg:mentionedIn :art2 .
            :es a nkg:Country, nkg:Actor ; rdfs:label "Spain" ; nkg:mentionedIn :art2 .
            :mt a nkg:Country, nkg:Actor ; rdfs:label "Malta" .
            :valletta a nkg:Place ; rdfs:label "Valletta" ; nkg:country :mt .
            """);
    /**
     * Another meeting that day, of Ana and Lea in Madrid, and a negotiation Spain proposes and Malta
     * accepts; the bombing, a day later, killed seven. This article has no date.
     */
    private static final ArticleGraph THREE = article("3", """
            :art3 nkg:outlet :herald .
            :x2 a nkg:Attack, nkg:Event ; nkg:killed 7 ; nkg:injured 2 ; nkg:date "2025-03-12"^^xsd:date ; nkg:mentionedIn :art3 .
            :m3 a nkg:Meeting, nkg:Event ; nkg:participant :ana, :lea ; nkg:date "2025-03-10"^^xsd:date ;
                nkg:place :madrid ; nkg:mentionedIn :art3 .
            :n1 a nkg:Negotiation, nkg:Event ; nkg:proposedBy :es ; nkg:acceptedBy :mt ; nkg:mentionedIn :art3 .
            :ana a nkg:Person, nkg:Actor ; rdfs:label "Ana Ruiz" ; nkg:mentionedIn :art3 .
            :lea a nkg:Person, nkg:Actor ; rdfs:label "Lea Vidal" ; nkg:mentionedIn :art3 .
            :es a nkg:Country, nkg:Actor ; rdfs:label "Spain" ; nkg:mentionedIn :art3 .
            :mt a nkg:Country, nkg:Actor ; rdfs:label "Malta" ; nkg:mentionedIn :art3 .
            :madrid a nkg:Place ; rdfs:label "Madrid" ; nkg:country :es .
            """);

    @TempDir
    Path dir;

    @Test
    void addingArticlesInSeveralBatches() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(ONE, TWO));
            assertExact(s);
            s.write(List.of(THREE));
            assertExact(s);
            assertEquals("2", value(s, pair("ana", "tom"), NKG.meetingCount), "Ana and Tom met twice");
            assertEquals("2", value(s, day("Meeting", "2025-03-10"), NKG.eventCount), "two meetings on 10 March");
            assertEquals("2", value(s, ID + "m1", NKG.sourceCount), "the first meeting has two sources");
            assertEquals("3", value(s, ID + "es", NKG.eventCount), "Spain attacks, meets and proposes");
            assertEquals("3", value(s, ID + "mt", NKG.eventsInCount), "three events in Valletta, Malta");
            assertEquals("1", value(s, ID + "es", NKG.eventsInCount), "one in Madrid, Spain");
        }
    }

    @Test
    void articlesAndEventsHaveIntegerDaysAndDisputedFiguresAreMarked() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(ONE, TWO));
            assertEquals(List.of(), objects(s, "x2", NKG.disputedFigure), "one source, nothing to dispute");
            s.write(List.of(THREE));
            assertExact(s);
            assertEquals(List.of("79740921"), objects(s, "art1", NKG.newestFirst), "99991231 - 20250310");
            assertEquals(List.of("99991231"), objects(s, "art3", NKG.newestFirst), "an article without a date is still listed, last");
            assertEquals(List.of("20250311"), objects(s, "x2", NKG.attackDay), "the earliest of the dates its sources give");
            assertEquals(List.of(), objects(s, "x2", NKG.meetingDay));
            assertEquals(List.of("0"), objects(s, "n1", NKG.negotiationDay));
            assertEquals(List.of(NKG.killed.getURI()), objects(s, "x2", NKG.disputedFigure), "five or seven killed; two injured by both");
            assertTrue(s.remove(TWO.iri()));
            assertExact(s);
            assertEquals(List.of(), objects(s, "x2", NKG.disputedFigure), "one source left");
            assertEquals(List.of("20250312"), objects(s, "x2", NKG.attackDay), "the only date left");
            assertTrue(s.remove(THREE.iri()));
            assertExact(s);
            assertEquals(List.of(), objects(s, "x2", NKG.attackDay), "gone with its last article");
        }
    }

    /** The values of {@code p} on a node of the fixtures in the statistics graph, as text, sorted. */
    private static List<String> objects(NewsStore s, String local, org.apache.jena.rdf.model.Property p) {
        return Txn.calculateRead(s.dataset(), () -> s.dataset().getNamedModel(Iris.STATISTICS_GRAPH)
                .listObjectsOfProperty(s.dataset().getDefaultModel().createResource(ID + local), p)
                .mapWith(n -> n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI()).toList().stream().sorted().toList());
    }

    @Test
    void replacingAnArticle() {
        ArticleGraph twoCorrected = article("2", """
                :m2 a nkg:Meeting, nkg:Event ; nkg:participant :ana, :lea ; nkg:date "2025-03-12"^^xsd:date ;
                    nkg:place :madrid ; nkg:mentionedIn :art2 .
                :ana a nkg:Person, nkg:Actor ; rdfs:label "Ana Ruiz" ; nkg:mentionedIn :art2 .
                :lea a nkg:Person, nkg:Actor ; rdfs:label "Lea Vidal" ; nkg:mentionedIn :art2 .
                :madrid a nkg:Place ; rdfs:label "Madrid" ; nkg:country :es .
                """);
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(ONE, TWO, THREE));
            assertEquals(List.of(WriteOutcome.REPLACED), s.write(List.of(twoCorrected)).stream().map(WriteResult::outcome).toList());
            assertExact(s);
            assertEquals("1", value(s, pair("ana", "tom"), NKG.meetingCount));
            assertEquals("2", value(s, pair("ana", "lea"), NKG.meetingCount));
            assertEquals(null, value(s, day("Meeting", "2025-03-11"), NKG.eventCount), "no meeting left on 11 March");
        }
    }

    @Test
    void outletsAreCountedOnceEachAndFollowTheirArticles() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(ONE, TWO, THREE));
            assertExact(s);
            assertEquals("2", value(s, ID + "m1", NKG.sourceCount));
            assertEquals("1", value(s, ID + "m1", NKG.outletCount), "two articles of one outlet");
            assertEquals("2", value(s, ID + "es", NKG.outletCount), "three articles of two outlets");
            assertEquals(List.of(ID + "daily", ID + "herald"), objects(s, "es", NKG.coveredBy));
            update(s, "DELETE { GRAPH ?g { :art2 nkg:outlet :daily } } INSERT { GRAPH ?g { :art2 nkg:outlet :herald } } WHERE { GRAPH ?g { :art2 a nkg:Article } }");
            assertExact(s);
            assertEquals("2", value(s, ID + "m1", NKG.outletCount), "article 2 moved to the other outlet");
            assertTrue(s.remove(THREE.iri()));
            assertExact(s);
            assertEquals("2", value(s, ID + "es", NKG.outletCount), "article 2 still gives Spain the second outlet");
            assertTrue(s.remove(TWO.iri()));
            assertExact(s);
            assertEquals(List.of(ID + "daily"), objects(s, "es", NKG.coveredBy));
            assertEquals("1", value(s, ID + "es", NKG.outletCount));
        }
    }

    @Test
    void attacksAreCountedByAttackerAndPlace() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(ONE, TWO, THREE));
            assertEquals("1", value(s, Iris.attackPair(ID + "es", ID + "valletta"), NKG.attackCount), "Spain attacked in Valletta once");
            update(s, "INSERT { GRAPH ?g { :x2 nkg:attacker :es ; nkg:place :valletta } } WHERE { GRAPH ?g { :art3 a nkg:Article } }");
            assertExact(s);
            assertEquals("2", value(s, Iris.attackPair(ID + "es", ID + "valletta"), NKG.attackCount), "article 3 says the bombing was Spain's too");
            assertTrue(s.remove(ONE.iri()));
            assertExact(s);
            assertEquals("1", value(s, Iris.attackPair(ID + "es", ID + "valletta"), NKG.attackCount));
            new NodeRewriter(s).replace(ID + "valletta", ID + "madrid", (g, triples) -> true);
            assertExact(s);
            assertEquals(null, value(s, Iris.attackPair(ID + "es", ID + "valletta"), NKG.attackCount));
            assertEquals("1", value(s, Iris.attackPair(ID + "es", ID + "madrid"), NKG.attackCount), "the place merged into Madrid");
        }
    }

    @Test
    void removingAnArticle() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(ONE, TWO, THREE));
            assertTrue(s.remove(ONE.iri()));
            assertExact(s);
            assertEquals("1", value(s, ID + "m1", NKG.sourceCount));
            assertEquals(null, value(s, ID + "x1", NKG.sourceCount), "the attack is gone with its only article");
        }
    }

    @Test
    void eachNameOfANodeIsKnownOnceWhileAnArticleGivesIt() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(ONE, TWO, THREE));
            assertEquals(Set.of("Ana Ruiz", "Ruiz"), knownNames(s, "ana"), "three articles name Ana, one by her surname");
            assertTrue(s.remove(TWO.iri()));
            assertExact(s);
            assertEquals(Set.of("Ana Ruiz"), knownNames(s, "ana"), "the surname went with the only article that gave it");
        }
    }

    @Test
    void mergingTwoActorsAsMergeCommandDoes() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(ONE, TWO, THREE));
            new NodeRewriter(s).replace(ID + "tom", ID + "lea", (g, triples) -> true);
            assertExact(s);
            assertEquals("3", value(s, pair("ana", "lea"), NKG.meetingCount), "Tom's two meetings with Ana are Lea's now");
            assertEquals(null, value(s, pair("ana", "tom"), NKG.meetingCount));
        }
    }

    @Test
    void splittingANameOffAsSplitCommandDoes() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(ONE, TWO, THREE));
            // Ana of article 3 is another person of the same name.
            new NodeRewriter(s).replace(ID + "ana", ID + "ana-2", "Ana Ruiz", (g, triples) -> g.getURI().equals(THREE.iri()));
            assertExact(s);
            assertEquals("1", value(s, pair("ana-2", "lea"), NKG.meetingCount));
            assertEquals("2", value(s, ID + "ana", NKG.sourceCount));
        }
    }

    @Test
    void sparqlUpdateAndGraphWritesThroughTheDataset() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(ONE, TWO, THREE));
            update(s, "DELETE WHERE { GRAPH ?g { :m2 nkg:participant :es ; nkg:place :valletta } }");
            assertExact(s);
            assertEquals(null, value(s, pair("ana", "es"), NKG.meetingCount), "Spain left the second meeting");
            assertEquals("2", value(s, ID + "mt", NKG.eventsInCount), "which left Valletta, so Malta");
            update(s, """
                    INSERT DATA { GRAPH :art4 {
                      :m4 a nkg:Meeting, nkg:Event ; nkg:participant :tom, :lea ; nkg:date "2025-03-10"^^xsd:date ; nkg:mentionedIn :art4 .
                      :tom nkg:mentionedIn :art4 . :lea nkg:mentionedIn :art4 .
                    } } ;
                    DROP GRAPH <%s>""".formatted(THREE.iri()));
            assertExact(s);
            assertEquals("1", value(s, pair("lea", "tom"), NKG.meetingCount));
            // A Graph Store Protocol PUT or POST writes to the graph object.
            Txn.executeWrite(s.dataset(), () -> {
                Model g = s.dataset().getNamedModel(ID + "art5");
                Resource m5 = g.createResource(ID + "m5").addProperty(RDF.type, NKG.Meeting)
                        .addProperty(NKG.participant, g.createResource(ID + "tom")).addProperty(NKG.participant, g.createResource(ID + "lea"));
                m5.addProperty(NKG.mentionedIn, g.createResource(ID + "art5"));
                s.dataset().getNamedModel(ID + "art4").removeAll();
            });
            assertExact(s);
            assertEquals("1", value(s, pair("lea", "tom"), NKG.meetingCount), "m4 went with its graph, m5 came");
        }
    }

    @Test
    void anAbortedTransactionLeavesTheStatisticsAsTheyWere() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(ONE, TWO));
            Model before = statistics(s);
            DatasetGraph dsg = s.dataset().asDatasetGraph();
            dsg.begin(org.apache.jena.query.ReadWrite.WRITE);
            try {
                dsg.deleteAny(NodeFactory.createURI(TWO.iri()), Node.ANY, Node.ANY, Node.ANY);
                dsg.abort();
            } finally {
                dsg.end();
            }
            assertTrue(before.isIsomorphicWith(statistics(s)));
            s.write(List.of(THREE));
            assertExact(s);
        }
    }

    @Test
    void aStoreMadeBeforeStatisticsGetsThemWhenOpened() {
        // The statistics graph taken away below the keeper, as in a store written by an older newskg.
        Path db = threeArticlesChangedBelowTheKeeper(raw -> {
            raw.removeGraph(NodeFactory.createURI(Iris.STATISTICS_GRAPH));
            assertFalse(raw.containsGraph(NodeFactory.createURI(Iris.STATISTICS_GRAPH)));
        });
        try (NewsStore s = NewsStore.open(db)) {
            assertExact(s);
            assertEquals("2", value(s, pair("ana", "tom"), NKG.meetingCount));
        }
    }

    @Test
    void aStoreWithStatisticsOfAnOlderVersionGetsThemAfreshWhenOpened() {
        // As a store of the version before known names and events by sources: neither, and no version stated.
        Node graph = NodeFactory.createURI(Iris.STATISTICS_GRAPH);
        Path db = threeArticlesChangedBelowTheKeeper(raw -> {
            raw.deleteAny(graph, Node.ANY, NKG.knownName.asNode(), Node.ANY);
            raw.deleteAny(graph, Node.ANY, NKG.statisticsVersion.asNode(), Node.ANY);
            raw.deleteAny(graph, Node.ANY, RDF.type.asNode(), NKG.EventsWithSources.asNode());
        });
        try (NewsStore s = NewsStore.open(db)) {
            assertExact(s);
            assertEquals(Set.of("Tomas Berg", "Berg"), knownNames(s, "tom"));
        }
    }

    /** A closed store of the three articles, then changed by {@code change} on the bare database, in a write transaction. */
    private Path threeArticlesChangedBelowTheKeeper(java.util.function.Consumer<DatasetGraph> change) {
        Path db = dir.resolve("db");
        try (NewsStore s = NewsStore.open(db)) {
            s.write(List.of(ONE, TWO, THREE));
        }
        DatasetGraph raw = DatabaseMgr.connectDatasetGraph(db.toString());
        Txn.executeWrite(raw, () -> change.accept(raw));
        raw.close();
        TDBInternal.expel(raw);
        return db;
    }

    private static Set<String> knownNames(NewsStore s, String local) {
        return Txn.calculateRead(s.dataset(), () -> s.dataset().getNamedModel(Iris.STATISTICS_GRAPH)
                .listObjectsOfProperty(s.dataset().getDefaultModel().createResource(ID + local), NKG.knownName)
                .mapWith(n -> n.asLiteral().getLexicalForm()).toSet());
    }

    /** Runs a SPARQL Update as Fuseki does: in a write transaction on the dataset. */
    private static void update(NewsStore s, String update) {
        String prefixes = PREFIXES.replace("@prefix", "PREFIX").replaceAll(" \\.\n", "\n");
        Txn.executeWrite(s.dataset(), () -> UpdateExecution.dataset(s.dataset()).update(prefixes + update).execute());
    }

    private static void assertExact(NewsStore s) {
        Txn.executeRead(s.dataset(), () -> {
            Model expected = StatisticsFromScratch.of(s.dataset());
            Model actual = s.dataset().getNamedModel(Iris.STATISTICS_GRAPH);
            assertFalse(expected.isEmpty(), "the fixtures give statistics");
            assertTrue(expected.isIsomorphicWith(actual), () -> "missing: " + expected.difference(actual).listStatements().toList()
                    + "\nunexpected: " + actual.difference(expected).listStatements().toList());
        });
    }

    private static Model statistics(NewsStore s) {
        return Txn.calculateRead(s.dataset(), () -> ModelFactory.createDefaultModel().add(s.dataset().getNamedModel(Iris.STATISTICS_GRAPH)));
    }

    /** The lexical form of {@code p} on {@code iri} in the statistics graph, or null. */
    private static String value(NewsStore s, String iri, org.apache.jena.rdf.model.Property p) {
        return Txn.calculateRead(s.dataset(), () -> {
            var st = s.dataset().getNamedModel(Iris.STATISTICS_GRAPH).getResource(iri).getProperty(p);
            return st == null ? null : st.getString();
        });
    }

    private static String pair(String a, String b) {
        return Iris.meetingPair(ID + a, ID + b);
    }

    private static String day(String eventClass, String date) {
        return Iris.eventsOnDay(eventClass, date, true);
    }

    private static ArticleGraph article(String n, String turtle) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(PREFIXES + ":art" + n + " a nkg:Article .\n" + turtle), null, "TTL");
        return new ArticleGraph(ID + "art" + n, "article " + n, null, m, ExtractionMapper.contentHash(m), 0, 0);
    }
}
