package org.newskg.rdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.extract.CountryGazetteer;
import org.newskg.extract.PlaceLocations;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.Event;
import org.newskg.extract.Extraction.Span;
import org.newskg.id.ArticleUrls;
import org.newskg.id.Iris;
import org.newskg.ingest.Article;
import org.newskg.id.Keys;
import org.newskg.resolve.KeyResolver;
import org.newskg.resolve.Resolution;

/**
 * Maps one extraction to its article's named graph. Every superclass type is written out (plain
 * SPARQL has no inference); every actor and event is linked to the article and its evidence.
 */
public final class ExtractionMapper {
    private final CountryGazetteer countries = CountryGazetteer.get();
    private final PlaceLocations locations = PlaceLocations.get();
    private final EventCoding coding = EventCoding.bundled();

    /** Maps with IRIs from the extraction alone (see {@link KeyResolver}). */
    public ArticleGraph map(Extraction x) {
        return map(x, new KeyResolver().resolve(x));
    }

    /** Maps with the IRIs and labels a resolver chose. */
    public ArticleGraph map(Extraction x, Resolution r) {
        return map(x, r, null);
    }

    /**
     * Maps with the IRIs and labels a resolver chose, stamping the hash of what the graph was made from
     * ({@code nkg:sourceHash}, when not null) so that a re-ingest of the same source can be recognised
     * before it is resolved.
     */
    public ArticleGraph map(Extraction x, Resolution r, String sourceHash) {
        Extraction.ArticleInfo a = x.article();
        String key = a.key();
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(Iris.article(key))
                .addProperty(RDF.type, NKG.Article)
                .addProperty(DCTerms.title, a.title())
                .addProperty(NKG.text, a.text())
                .addProperty(NKG.extractor, a.extractorName())
                .addProperty(NKG.extractorVersion, a.extractorVersion());
        if (r.inferredDate() != null) {
            // Said so in the data: the date comes from the dated reports of the same events.
            article.addProperty(DCTerms.date, date(m, r.inferredDate().toString()));
            article.addProperty(NKG.dateSource, Article.DateSource.INFERRED_FROM_EVENTS.label());
        } else {
            if (a.date() != null) article.addProperty(DCTerms.date, date(m, a.date().toString()));
            if (a.dateSourceLabel() != null) article.addProperty(NKG.dateSource, a.dateSourceLabel());
        }
        // An extraction from elsewhere may carry any string: only an absolute http(s) URL is an IRI.
        String source = ArticleUrls.absolute(a.url(), null);
        if (source != null) {
            article.addProperty(DCTerms.source, m.createResource(source));
            // The outlet, so that counts of sources can tell one outlet's articles from independent reports.
            String outlet = ArticleUrls.outlet(source);
            article.addProperty(NKG.outlet, m.createResource(Iris.outlet(outlet)).addProperty(RDF.type, NKG.Outlet).addProperty(RDFS.label, outlet));
        }
        if (a.source() != null) article.addProperty(NKG.sourceFile, a.source());
        if (sourceHash != null) article.addProperty(NKG.sourceHash, sourceHash);

        Context c = new Context(m, article, key, a.text());
        for (Actor actor : x.actors()) c.actors.put(actor.id(), m.createResource(r.actorIris().get(actor.id())));
        for (Actor actor : x.actors()) mapActor(c, actor, r.actorLabels().getOrDefault(actor.id(), actor.name()));
        for (Event e : x.events()) mapEvent(c, e, r.eventIris().get(e.id()));
        String shownDate = r.inferredDate() != null ? r.inferredDate().toString() : a.date() == null ? null : a.date().toString();
        return new ArticleGraph(article.getURI(), a.title(), shownDate, m,
                contentHash(m), x.actors().size(), x.events().size());
    }

    /** What the mapping of one article shares between its steps. */
    private record Context(Model m, Resource article, String key, String text, Map<String, Resource> actors) {
        Context(Model m, Resource article, String key, String text) {
            this(m, article, key, text, new HashMap<>());
        }
    }

    private void mapActor(Context c, Actor a, String label) {
        Resource r = c.actors.get(a.id());
        Resource type = switch (a.kind()) {
            case Person -> NKG.Person;
            case Country -> NKG.Country;
            case Organization -> NKG.Organization;
        };
        r.addProperty(RDF.type, type).addProperty(RDF.type, NKG.Actor).addProperty(RDFS.label, label);
        if (!a.name().equals(label)) r.addProperty(SKOS.altLabel, a.name());
        for (String alias : a.aliases()) {
            if (!alias.equals(label)) r.addProperty(SKOS.altLabel, alias);
        }
        if (a.role() != null) r.addProperty(NKG.role, a.role());
        if (a.affiliation() != null) r.addProperty(NKG.affiliation, c.actors.get(a.affiliation()));
        if (a.code() != null) r.addProperty(NKG.isoCode, a.code());
        if (a.wikidata() != null) r.addProperty(OWL.sameAs, c.m.createResource(Iris.WIKIDATA + a.wikidata()));
        cite(c, r, a.evidence());
    }

    private void mapEvent(Context c, Event e, String iri) {
        Resource type = switch (e.kind()) {
            case Meeting -> NKG.Meeting;
            case Attack -> NKG.Attack;
            case Negotiation -> NKG.Negotiation;
        };
        Resource r = c.m.createResource(iri)
                .addProperty(RDF.type, type).addProperty(RDF.type, NKG.Event);
        link(c, r, NKG.participant, e.participants());
        link(c, r, NKG.proposedBy, e.proposedBy());
        link(c, r, NKG.acceptedBy, e.acceptedBy());
        link(c, r, NKG.rejectedBy, e.rejectedBy());
        if (e.attacker() != null) r.addProperty(NKG.attacker, c.actors.get(e.attacker()));
        if (e.place() != null) r.addProperty(NKG.place, place(c, e.place(), e.evidence()));
        if (e.date() != null) {
            r.addProperty(NKG.date, date(c.m, e.date().value().toString()));
            if (e.date().precision() != Extraction.Precision.day) r.addProperty(NKG.datePrecision, e.date().precision().name());
        }
        if (e.weapon() != null) r.addProperty(NKG.weapon, e.weapon());
        if (e.killed() != null) r.addProperty(NKG.killed, integer(c.m, e.killed()));
        if (e.injured() != null) r.addProperty(NKG.injured, integer(c.m, e.injured()));
        for (Extraction.Toll t : e.tolls()) r.addProperty(NKG.tollReport, toll(c, iri, t));
        if (e.topic() != null) r.addProperty(NKG.topic, e.topic());
        if (e.status() != null) r.addProperty(NKG.status, e.status());
        code(c, r, e);
        cite(c, r, e.evidence());
    }

    /** The event's kind and its CAMEO and PLOVER codes, as this article describes it. */
    private void code(Context c, Resource r, Event e) {
        EventCoding.Code code = coding.code(e);
        if (code == null) return;
        r.addProperty(NKG.eventKind, c.m.createResource(code.kind()));
        r.addProperty(NKG.cameoCode, code.cameo());
        r.addProperty(NKG.ploverType, code.ploverType());
        if (code.ploverMode() != null) r.addProperty(NKG.ploverMode, code.ploverMode());
    }

    /** One toll report: its figures, who gives them, and the sentence that does. */
    private static Resource toll(Context c, String eventIri, Extraction.Toll t) {
        Resource source = t.source() == null ? null : c.actors.get(t.source());
        String sourceIri = source == null ? null : source.getURI();
        Resource r = c.m.createResource(Iris.tollReport(eventIri, t.killed(), t.injured(), t.qualifier(), t.upTo(), sourceIri))
                .addProperty(RDF.type, NKG.TollReport);
        if (t.killed() != null) r.addProperty(NKG.killed, integer(c.m, t.killed()));
        if (t.injured() != null) r.addProperty(NKG.injured, integer(c.m, t.injured()));
        if (t.qualifier() != null) r.addProperty(NKG.qualifier, t.qualifier());
        if (t.upTo() != null) r.addProperty(NKG.upTo, integer(c.m, t.upTo()));
        if (source != null) r.addProperty(NKG.reportedBy, source);
        cite(c, r, t.evidence() == null ? List.of() : List.of(t.evidence()));
        return r;
    }

    private Resource place(Context c, Extraction.Place p, List<Span> evidence) {
        Resource place = c.m.createResource(Iris.place(p.name(), p.country()))
                .addProperty(RDF.type, NKG.Place).addProperty(RDFS.label, p.name());
        for (String alias : p.aliases()) place.addProperty(SKOS.altLabel, alias);
        locations.locate(p.name(), p.country()).ifPresent(at -> locate(c, place, at));
        if (p.country() != null) {
            Resource country = c.m.createResource(Iris.country(p.country()))
                    .addProperty(RDF.type, NKG.Country).addProperty(RDF.type, NKG.Actor)
                    .addProperty(NKG.isoCode, p.country());
            CountryGazetteer.Country known = countries.byCode(p.country()).orElse(null);
            country.addProperty(RDFS.label, known != null ? known.name() : p.country());
            if (known != null) country.addProperty(OWL.sameAs, c.m.createResource(Iris.WIKIDATA + known.wikidata()));
            // The country is named through its place: the same sentences are its evidence.
            cite(c, country, evidence);
            place.addProperty(NKG.country, country);
        }
        return place;
    }

    /** The place's GeoNames feature and its point, longitude first as WKT has it. */
    private static void locate(Context c, Resource place, PlaceLocations.Location at) {
        place.addProperty(RDF.type, GEO.Feature).addProperty(OWL.sameAs, c.m.createResource(Iris.GEONAMES + at.geonamesId() + "/"));
        String wkt = "POINT(" + plain(at.longitude()) + " " + plain(at.latitude()) + ")";
        Resource point = c.m.createResource(Iris.geometry(place.getURI())).addProperty(RDF.type, GEO.Point)
                .addProperty(GEO.asWKT, c.m.createTypedLiteral(wkt, GEO.wktLiteral));
        place.addProperty(GEO.hasGeometry, point);
    }

    private static String plain(double degrees) {
        return java.math.BigDecimal.valueOf(degrees).toPlainString();
    }

    private static void link(Context c, Resource r, Property p, List<String> ids) {
        for (String id : ids) r.addProperty(p, c.actors.get(id));
    }

    private static void cite(Context c, Resource r, List<Span> spans) {
        r.addProperty(NKG.mentionedIn, c.article);
        for (Span s : spans) {
            Resource ev = c.m.createResource(Iris.evidence(c.key, s.start(), s.end()));
            if (!ev.hasProperty(RDF.type)) {
                ev.addProperty(RDF.type, NKG.Evidence)
                        .addProperty(NKG.sentence, c.text.substring(s.start(), s.end()))
                        .addProperty(NKG.startOffset, integer(c.m, s.start()))
                        .addProperty(NKG.endOffset, integer(c.m, s.end()))
                        .addProperty(NKG.source, c.article);
            }
            r.addProperty(NKG.evidence, ev);
        }
    }

    private static Literal integer(Model m, int n) {
        return m.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static Literal date(Model m, String isoDate) {
        return m.createTypedLiteral(isoDate, XSDDatatype.XSDdate);
    }

    /** SHA-256 over the graph's statements in a canonical order (the graph has no blank nodes). */
    public static String contentHash(Model m) {
        List<String> lines = new ArrayList<>();
        for (Statement s : m.listStatements().toList()) lines.add(s.asTriple().toString());
        Collections.sort(lines);
        return Keys.sha256(String.join("\n", lines));
    }
}
