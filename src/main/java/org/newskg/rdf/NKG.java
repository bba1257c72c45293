package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the newskg ontology ({@code ontology/newskg.ttl}), one constant each. A test checks
 * that this class and the ontology declare the same terms.
 */
public final class NKG {
    /** The ontology's namespace. */
    public static final String NS = "https://w3id.org/newskg/ontology#";
    /** The ontology's own IRI. */
    public static final String ONTOLOGY = "https://w3id.org/newskg/ontology";
    /** PROV-O's namespace, for the one PROV term articles carry. */
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";

    private NKG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Article = resource("Article");
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Country = resource("Country");
    public static final Resource Organization = resource("Organization");
    public static final Resource Event = resource("Event");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Attack = resource("Attack");
    public static final Resource Negotiation = resource("Negotiation");
    public static final Resource Place = resource("Place");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource TollReport = resource("TollReport");
    public static final Resource Outlet = resource("Outlet");

    // Actors
    public static final Property role = property("role");
    public static final Property affiliation = property("affiliation");
    public static final Property isoCode = property("isoCode");

    // Events
    public static final Property participant = property("participant");
    public static final Property place = property("place");
    public static final Property country = property("country");
    public static final Property date = property("date");
    public static final Property datePrecision = property("datePrecision");
    public static final Property attacker = property("attacker");
    public static final Property weapon = property("weapon");
    public static final Property killed = property("killed");
    public static final Property injured = property("injured");
    public static final Property topic = property("topic");
    public static final Property status = property("status");
    public static final Property proposedBy = property("proposedBy");
    public static final Property acceptedBy = property("acceptedBy");
    public static final Property rejectedBy = property("rejectedBy");

    // Tolls, figure by figure and source by source
    public static final Property tollReport = property("tollReport");
    public static final Property qualifier = property("qualifier");
    public static final Property upTo = property("upTo");
    public static final Property reportedBy = property("reportedBy");

    // Provenance
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property evidence = property("evidence");
    public static final Property sentence = property("sentence");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property source = property("source");

    // Articles
    public static final Property text = property("text");
    public static final Property sourceFile = property("sourceFile");
    public static final Property contentHash = property("contentHash");
    public static final Property sourceHash = property("sourceHash");
    public static final Property extractor = property("extractor");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property dateSource = property("dateSource");
    public static final Property outlet = property("outlet");

    // Statistics, kept at write time in their own graph (Iris.STATISTICS_GRAPH), derived from the articles
    public static final Resource MeetingPair = resource("MeetingPair");
    public static final Resource EventsOnDay = resource("EventsOnDay");
    public static final Resource EventsWithSources = resource("EventsWithSources");
    public static final Resource AttackPair = resource("AttackPair");
    public static final Resource EventsFromDay = resource("EventsFromDay");
    public static final Property dayNumber = property("dayNumber");
    public static final Property eventsFromDay = property("eventsFromDay");
    public static final Property attackCount = property("attackCount");
    public static final Property pairAttacker = property("pairAttacker");
    public static final Property pairPlace = property("pairPlace");
    public static final Property sourceCount = property("sourceCount");
    public static final Property outletCount = property("outletCount");
    public static final Property coveredBy = property("coveredBy");
    public static final Property eventCount = property("eventCount");
    public static final Property knownName = property("knownName");
    public static final Property mainName = property("mainName");
    public static final Property inCountry = property("inCountry");
    public static final Property statisticsVersion = property("statisticsVersion");
    public static final Property newestFirst = property("newestFirst");
    public static final Property eventDay = property("eventDay");
    public static final Property meetingDay = property("meetingDay");
    public static final Property attackDay = property("attackDay");
    public static final Property negotiationDay = property("negotiationDay");
    public static final Property disputedFigure = property("disputedFigure");
    public static final Property eventsWithMoreSources = property("eventsWithMoreSources");
    public static final Property eventsInCount = property("eventsInCount");
    public static final Property meetingCount = property("meetingCount");
    public static final Property pairMember = property("pairMember");
    public static final Property eventClass = property("eventClass");
    public static final Property day = property("day");

    // Event coding: each event's kind (ontology/event-kinds.ttl) and its CAMEO and PLOVER codes
    public static final Property eventKind = property("eventKind");
    public static final Property cameoCode = property("cameoCode");
    public static final Property ploverType = property("ploverType");
    public static final Property ploverMode = property("ploverMode");
    public static final Property codesClass = property("codesClass");
    public static final Property codesStatus = property("codesStatus");
    public static final Property codesWeapon = property("codesWeapon");
    public static final Property codesByDefault = property("codesByDefault");

    // Sources read, kept in the store's default graph (SourceLedger), which queries do not see
    public static final Resource SourceRecord = resource("SourceRecord");
    public static final Property location = property("location");
    public static final Property byteSize = property("byteSize");
    public static final Property modifiedAt = property("modifiedAt");
    public static final Property httpETag = property("httpETag");
    public static final Property httpLastModified = property("httpLastModified");
    public static final Property checkedAt = property("checkedAt");
    public static final Property yielded = property("yielded");

    /** {@code prov:generatedAtTime}: when the article's graph was written. */
    public static final Property generatedAtTime = ResourceFactory.createProperty(PROV_NS + "generatedAtTime");
}
