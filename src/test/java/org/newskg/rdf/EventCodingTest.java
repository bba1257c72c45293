package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newskg.TestExtractions;
import org.newskg.extract.Extraction;

/**
 * The scheme of event kinds: every kind newskg can extract has one, each maps to one CAMEO code and one
 * PLOVER type (and mode) by an exact or close match to a concept of that code, and events carry them.
 */
class EventCodingTest {
    private static final Model SCHEME = RDFDataMgr.loadModel("ontology/event-kinds.ttl");
    private final EventCoding coding = EventCoding.bundled();

    @Test
    void eachKindMatchesTheConceptsOfItsOwnCodes() {
        List<Resource> kinds = SCHEME.listSubjectsWithProperty(NKG.codesClass).toList();
        assertTrue(kinds.size() >= 20, "kinds: " + kinds.size());
        for (Resource kind : kinds) {
            String cameo = kind.getProperty(NKG.cameoCode).getString();
            String plover = kind.getProperty(NKG.ploverType).getString()
                    + (kind.hasProperty(NKG.ploverMode) ? " " + kind.getProperty(NKG.ploverMode).getString() : "");
            assertEquals(List.of(cameo), matchedNotations(kind, "/cameo/"), kind + " CAMEO");
            assertEquals(List.of(plover), matchedNotations(kind, "/plover/"), kind + " PLOVER");
        }
    }

    @Test
    void cameoCodesNestByPrefix() {
        for (Resource code : SCHEME.listSubjectsWithProperty(SKOS.inScheme, SCHEME.getResource("https://w3id.org/newskg/ontology/cameo")).toList()) {
            String notation = code.getProperty(SKOS.notation).getString();
            assertTrue(notation.matches("\\d{2,4}"), notation);
            Resource broader = code.getPropertyResourceValue(SKOS.broader);
            if (broader != null) assertTrue(notation.startsWith(broader.getProperty(SKOS.notation).getString()), notation);
        }
    }

    @Test
    void everyStatusAndWeaponTheExtractorWritesHasAKindOfItsOwn() throws IOException {
        for (String status : statuses()) {
            Extraction.EventKind cls = status.equals("planned") || status.equals("held") ? Extraction.EventKind.Meeting : Extraction.EventKind.Negotiation;
            EventCoding.Code c = coding.code(event(cls, status, null));
            assertTrue(!c.kind().endsWith("/talks") || status.equals("ongoing"), status + " -> " + c.kind());
        }
        for (String weapon : weapons()) {
            EventCoding.Code c = coding.code(event(Extraction.EventKind.Attack, null, weapon));
            assertNotEquals("https://w3id.org/newskg/ontology/kind/attack", c.kind(), "no kind for the weapon \"" + weapon + "\"");
        }
    }

    @Test
    void anEventCarriesItsKindAndCodes() {
        Model m = new ExtractionMapper().map(TestExtractions.attackWithTolls("https://example.org/t")).model();
        Resource attack = m.listSubjectsWithProperty(RDF.type, NKG.Attack).next();
        assertEquals("https://w3id.org/newskg/ontology/kind/mortar-fire", attack.getPropertyResourceValue(NKG.eventKind).getURI());
        assertEquals("193", attack.getProperty(NKG.cameoCode).getString());
        assertEquals("ASSAULT", attack.getProperty(NKG.ploverType).getString());
        assertEquals("heavy-weapons", attack.getProperty(NKG.ploverMode).getString());
        Resource meeting = new ExtractionMapper().map(TestExtractions.meeting(null, "Talks")).model()
                .listSubjectsWithProperty(RDF.type, NKG.Meeting).next();
        assertNotNull(meeting.getProperty(NKG.cameoCode), "a meeting has its code too");
    }

    @Test
    void aWeaponThatNoKindNamesGivesTheGenericAttack() {
        EventCoding.Code c = coding.code(event(Extraction.EventKind.Attack, null, "catapult"));
        assertEquals("https://w3id.org/newskg/ontology/kind/attack", c.kind());
        assertEquals("190", c.cameo());
    }

    private static List<String> matchedNotations(Resource kind, String scheme) {
        List<String> out = new ArrayList<>();
        for (var p : List.of(SKOS.exactMatch, SKOS.closeMatch)) {
            for (RDFNode o : kind.listProperties(p).mapWith(s -> s.getObject()).toList()) {
                Resource target = o.asResource();
                if (target.getURI().contains(scheme)) out.add(target.getProperty(SKOS.notation).getString());
            }
        }
        return out;
    }

    /** The statuses the rules write: meetings' planned and held, negotiations' stances and status words. */
    private static Set<String> statuses() throws IOException {
        Set<String> out = new TreeSet<>(List.of("planned", "held", "proposed", "accepted", "rejected"));
        for (String line : Files.readAllLines(Path.of("data/lexicon/stances.tsv"))) {
            if (line.startsWith("status:")) out.add(line.substring("status:".length(), line.indexOf('\t')));
        }
        return out;
    }

    /** Every weapon the rules can write: each lexicon entry's canonical form, or the entry itself. */
    private static Set<String> weapons() throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("data/lexicon/weapons.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            out.add(cols.length > 1 ? cols[1] : cols[0]);
        }
        return out;
    }

    private static Extraction.Event event(Extraction.EventKind kind, String status, String weapon) {
        return new Extraction.Event("e", kind, List.of(), null, null, null, weapon, null, null, List.of(), null, status,
                List.of(), List.of(), List.of(), List.of());
    }
}
