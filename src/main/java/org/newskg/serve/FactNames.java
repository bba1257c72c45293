package org.newskg.serve;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.GEO;
import org.newskg.rdf.NKG;

/**
 * The facts of an entity in the order a reader wants them (names, role, what and when, where, who,
 * then sources and identifiers), under readable names: the ontology's own labels for its terms
 * (read once from the bundled ontology), a few words for the standard ones.
 */
final class FactNames {
    /** One property of an entity and its values. */
    record Fact(Property property, String name, List<RDFNode> values) {}

    /** Shown elsewhere on the page, or only of use to a program (names and days the statistics graph repeats to sort by). */
    private static final Set<Property> HIDDEN = Set.of(RDF.type, NKG.evidence, NKG.text, NKG.knownName, NKG.mainName, NKG.inCountry,
            NKG.meetingDay, NKG.attackDay, NKG.negotiationDay, NKG.newestFirst);
    private static final List<Property> ORDER = List.of(RDFS.label, SKOS.altLabel, NKG.role, NKG.affiliation, NKG.isoCode,
            DCTerms.title, DCTerms.date, NKG.date, NKG.datePrecision, NKG.status, NKG.place, NKG.country, NKG.participant,
            NKG.attacker, NKG.weapon, NKG.killed, NKG.injured, NKG.topic, NKG.proposedBy, NKG.acceptedBy, NKG.rejectedBy,
            DCTerms.source, OWL.sameAs, GEO.hasGeometry, NKG.mentionedIn, NKG.sourceCount, NKG.outletCount, NKG.coveredBy);
    private static final Map<Property, String> STANDARD = Map.of(RDFS.label, "name", SKOS.altLabel, "other names",
            DCTerms.title, "title", DCTerms.date, "published", DCTerms.source, "web address", OWL.sameAs, "same as",
            GEO.hasGeometry, "location", NKG.mentionedIn, "articles", NKG.generatedAtTime, "extracted at");

    private final Map<String, String> labels = new HashMap<>();

    private FactNames() {
        Model ontology = ModelFactory.createDefaultModel();
        try (InputStream in = FactNames.class.getResourceAsStream("/newskg/ontology/newskg.ttl")) {
            if (in == null) throw new IllegalStateException("missing resource /newskg/ontology/newskg.ttl");
            RDFDataMgr.read(ontology, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ontology.listStatements(null, RDFS.label, (RDFNode) null).forEach(s -> labels.put(s.getSubject().getURI(), s.getString()));
    }

    static FactNames get() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use, once: the JVM guarantees it. */
    private static final class Holder {
        static final FactNames INSTANCE = new FactNames();
    }

    /** A property's readable name: a few words, or the ontology's label, or its local name. */
    String name(Property p) {
        String standard = STANDARD.get(p);
        if (standard != null) return standard;
        String label = labels.get(p.getURI());
        return label != null ? label : p.getLocalName();
    }

    /** The entity's facts: those of {@link #ORDER} in that order, then the others by name. */
    List<Fact> facts(Resource r) {
        Map<Property, List<RDFNode>> byProperty = new LinkedHashMap<>();
        for (Statement s : r.listProperties().toList()) {
            if (!HIDDEN.contains(s.getPredicate())) byProperty.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getObject());
        }
        List<Fact> out = new ArrayList<>();
        for (Property p : ORDER) {
            List<RDFNode> values = byProperty.remove(p);
            if (values != null) out.add(new Fact(p, name(p), sorted(values)));
        }
        byProperty.entrySet().stream().map(e -> new Fact(e.getKey(), name(e.getKey()), sorted(e.getValue())))
                .sorted(Comparator.comparing(Fact::name)).forEach(out::add);
        return out;
    }

    private static List<RDFNode> sorted(List<RDFNode> values) {
        return values.stream().sorted(Comparator.comparing(RDFNode::toString)).toList();
    }
}
