package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newskg.TestExtractions;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.ActorKind;
import org.newskg.extract.Extraction.Span;
import org.newskg.id.Iris;

class ExtractionMapperTest {
    private final ExtractionMapper mapper = new ExtractionMapper();

    @Test
    void namesTheGraphAfterTheArticleAndMintsStableIris() {
        ArticleGraph g = mapper.map(TestExtractions.meeting("https://example.org/a", "Talks"));
        ArticleGraph again = mapper.map(TestExtractions.meeting("https://example.org/a", "Talks"));
        assertTrue(g.iri().startsWith(Iris.BASE + "article/"));
        assertEquals(g.iri(), again.iri());
        assertTrue(g.model().isIsomorphicWith(again.model()));
        assertEquals(g.contentHash(), again.contentHash());
        assertNotEquals(g.contentHash(), mapper.map(TestExtractions.meeting("https://example.org/a", "Other title")).contentHash());
    }

    @Test
    void writesEverySuperclassTypeAndTheArticleMetadata() {
        Model m = mapper.map(TestExtractions.meeting("https://example.org/a", "Talks")).model();
        Resource ruiz = m.getResource(Iris.actor("Person", "Ana Ruiz"));
        assertTrue(ruiz.hasProperty(RDF.type, NKG.Person) && ruiz.hasProperty(RDF.type, NKG.Actor));
        assertEquals("Ana Ruiz", ruiz.getProperty(RDFS.label).getString());
        assertTrue(ruiz.hasProperty(SKOS.altLabel, "Ruiz"));
        assertEquals("Foreign Minister", ruiz.getProperty(NKG.role).getString());
        Resource spain = m.getResource(Iris.country("ES"));
        assertTrue(ruiz.hasProperty(NKG.affiliation, spain));
        assertTrue(spain.hasProperty(OWL.sameAs, m.getResource(Iris.WIKIDATA + "Q29")));
        Resource article = ruiz.getPropertyResourceValue(NKG.mentionedIn);
        assertEquals("Talks", article.getProperty(DCTerms.title).getString());
        assertEquals(XSDDatatype.XSDdate, article.getProperty(DCTerms.date).getLiteral().getDatatype());
        assertEquals("https://example.org/a", article.getPropertyResourceValue(DCTerms.source).getURI());
    }

    @Test
    void linksEventsToParticipantsPlaceAndVerbatimEvidence() {
        Model m = mapper.map(TestExtractions.meeting(null, "Talks")).model();
        Resource meeting = m.listSubjectsWithProperty(RDF.type, NKG.Meeting).next();
        assertTrue(meeting.hasProperty(RDF.type, NKG.Event));
        assertEquals(2, m.listObjectsOfProperty(meeting, NKG.participant).toList().size());
        Resource place = meeting.getPropertyResourceValue(NKG.place);
        assertEquals("Valletta", place.getProperty(RDFS.label).getString());
        Resource malta = place.getPropertyResourceValue(NKG.country);
        assertEquals("Malta", malta.getProperty(RDFS.label).getString(), "country named from the gazetteer");
        Resource ev = meeting.getPropertyResourceValue(NKG.evidence);
        String sentence = ev.getProperty(NKG.sentence).getString();
        assertEquals("Foreign Minister Ana Ruiz met Tomas Berg in Valletta on Monday.", sentence);
        assertEquals(0, ev.getProperty(NKG.startOffset).getInt());
        assertEquals(XSDDatatype.XSDinteger, ev.getProperty(NKG.endOffset).getLiteral().getDatatype());
        Resource attack = m.listSubjectsWithProperty(RDF.type, NKG.Attack).next();
        assertEquals(4, attack.getProperty(NKG.killed).getInt());
        assertEquals(XSDDatatype.XSDinteger, attack.getProperty(NKG.killed).getLiteral().getDatatype());
    }

    @Test
    void aPlaceGeoNamesKnowsGetsItsFeatureAndPointLongitudeFirst() {
        Model m = mapper.map(TestExtractions.meeting(null, "Talks")).model();
        Resource valletta = m.getResource(Iris.place("Valletta", "MT"));
        assertTrue(valletta.hasProperty(OWL.sameAs, m.getResource(Iris.GEONAMES + "2562305/")), "GeoNames' Valletta");
        Resource point = valletta.getPropertyResourceValue(GEO.hasGeometry);
        assertEquals(Iris.geometry(valletta.getURI()), point.getURI());
        assertTrue(point.hasProperty(RDF.type, GEO.Point));
        var wkt = point.getProperty(GEO.asWKT).getLiteral();
        assertEquals(GEO.wktLiteral.getURI(), wkt.getDatatypeURI());
        assertTrue(wkt.getLexicalForm().matches("POINT\\(14\\.5\\d* 35\\.8\\d*\\)"), wkt.getLexicalForm());
    }

    @Test
    void sharesOneEvidenceNodePerSentence() {
        Model m = mapper.map(TestExtractions.meeting(null, "Talks")).model();
        assertEquals(2, m.listSubjectsWithProperty(RDF.type, NKG.Evidence).toList().size());
    }

    @Test
    void slugsAreAsciiAndStable() {
        assertEquals("jose-maria-aldana", Iris.slug("José-María Aldana"));
        assertEquals("o-neill", Iris.slug("O-Neill"));
        assertEquals("kyiv-s-mayor", Iris.slug("Kyiv s mayor"));
        assertTrue(Iris.slug("—").matches("_[0-9a-f]{16}"), "no letters: a hash of the name, see IrisTest");
    }

    @Test
    void aNameInAnotherScriptIsItsOwnNodeLabelledInItsOwnScript() {
        Extraction x = TestExtractions.meeting("https://example.org/b", "Talks");
        List<Actor> actors = new ArrayList<>(x.actors());
        actors.set(1, new Actor("a2", ActorKind.Person, "Пётр Иванов", List.of(), null, null, null, null, List.of(new Span(0, 10))));
        actors.add(new Actor("a4", ActorKind.Person, "Иван Петров", List.of(), null, null, null, null, List.of(new Span(0, 10))));
        Model m = mapper.map(new Extraction(x.article(), actors, x.events())).model();
        Resource petr = m.getResource(Iris.actor("Person", "Пётр Иванов"));
        Resource ivan = m.getResource(Iris.actor("Person", "Иван Петров"));
        assertNotEquals(petr, ivan);
        assertEquals("Пётр Иванов", petr.getProperty(RDFS.label).getString());
        assertEquals("Иван Петров", ivan.getProperty(RDFS.label).getString());
        assertEquals(3, m.listSubjectsWithProperty(RDF.type, NKG.Person).toList().size(), "Ana Ruiz and the two");
    }

    @Test
    void eachTollIsANodeWithItsFiguresAndItsSourceUnderTheEventsIri() {
        ArticleGraph g = mapper.map(TestExtractions.attackWithTolls("https://example.org/t"));
        Model m = g.model();
        Resource attack = m.listSubjectsWithProperty(RDF.type, NKG.Attack).next();
        List<Resource> tolls = attack.listProperties(NKG.tollReport).mapWith(st -> st.getResource()).toList();
        assertEquals(2, tolls.size());
        Resource zambia = m.getResource(Iris.country("ZM"));
        Resource redCross = m.getResource(Iris.actor("Organization", "Red Cross"));
        Resource ministry = tolls.stream().filter(t -> t.hasProperty(NKG.reportedBy, zambia)).findFirst().orElseThrow();
        Resource range = tolls.stream().filter(t -> t.hasProperty(NKG.reportedBy, redCross)).findFirst().orElseThrow();
        for (Resource t : tolls) {
            assertTrue(t.isURIResource() && t.getURI().startsWith(attack.getURI() + "/toll/"), t.toString());
            assertTrue(t.hasProperty(RDF.type, NKG.TollReport));
            assertTrue(t.hasProperty(NKG.mentionedIn, m.getResource(g.iri())));
            Resource ev = t.getPropertyResourceValue(NKG.evidence);
            assertTrue(ev.getProperty(NKG.sentence).getString().startsWith("Zambia's health ministry said"));
        }
        assertEquals(8, ministry.getProperty(NKG.killed).getInt());
        assertEquals("at least", ministry.getProperty(NKG.qualifier).getString());
        assertEquals(5, range.getProperty(NKG.killed).getInt());
        assertEquals(7, range.getProperty(NKG.upTo).getInt());
        assertEquals(XSDDatatype.XSDinteger.getURI(), range.getProperty(NKG.upTo).getLiteral().getDatatypeURI());
        assertEquals(8, attack.getProperty(NKG.killed).getInt(), "the headline figure stays on the attack");
    }

    @Test
    void tollIrisAreTheSameOnEveryMappingAndTheGraphConforms() {
        ArticleGraph g = mapper.map(TestExtractions.attackWithTolls("https://example.org/t"));
        ArticleGraph again = mapper.map(TestExtractions.attackWithTolls("https://example.org/t"));
        List<String> first = g.model().listSubjectsWithProperty(RDF.type, NKG.TollReport).mapWith(Resource::getURI).toList();
        List<String> second = again.model().listSubjectsWithProperty(RDF.type, NKG.TollReport).mapWith(Resource::getURI).toList();
        assertEquals(2, first.size());
        assertEquals(new java.util.TreeSet<>(first), new java.util.TreeSet<>(second));
        assertEquals(g.contentHash(), again.contentHash());
        assertTrue(g.model().listSubjects().toList().stream().noneMatch(Resource::isAnon), "no blank nodes");
        assertEquals(List.of(), new org.newskg.store.StoreValidator().validate(g.model().getGraph()));
    }
}
