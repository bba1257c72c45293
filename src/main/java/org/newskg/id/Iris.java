package org.newskg.id;

import java.text.Normalizer;
import java.util.Locale;
import org.newskg.Latin;

/**
 * IRI policy: everything newskg mints lives under {@link #BASE}, as {@code BASE + kind + "/" + key}.
 * Keys come from the thing itself (a URL, an ISO code, a normalised name, an event's defining
 * arguments), never from counters or timing, so the same input always gives the same IRI.
 *
 * <p>Names become slugs ({@link #slug}) read in Latin letters, so a name in any script has a
 * readable IRI; a name in another script also carries a hash of itself, so that two names that read
 * alike in Latin letters stay two IRIs.
 */
public final class Iris {
    /** Base of all minted IRIs. */
    public static final String BASE = "https://w3id.org/newskg/id/";
    /** Wikidata entities, the target of {@code owl:sameAs} links. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    /** GeoNames' IRIs of its features: this, the id, and a slash. */
    public static final String GEONAMES = "https://sws.geonames.org/";

    /**
     * The named graph of the statistics kept at write time (counts derived from the article graphs);
     * not an article graph.
     */
    public static final String STATISTICS_GRAPH = BASE + "statistics";

    private Iris() {}

    /** The statistics node of two actors who met, the same whichever comes first. */
    public static String meetingPair(String actorA, String actorB) {
        String key = actorA.compareTo(actorB) < 0 ? actorA + " " + actorB : actorB + " " + actorA;
        return STATISTICS_GRAPH + "/pair/" + Keys.shortHash(key);
    }

    /** The statistics node of the events of one class (or "Event": of any) whose earliest day is {@code day} (yyyymmdd, 0: none). */
    public static String eventsFromDay(String eventClassName, long day) {
        return STATISTICS_GRAPH + "/from-day/" + eventClassName.toLowerCase(java.util.Locale.ROOT) + "/" + day;
    }

    /** The statistics node of the attacks of one attacker at one place. */
    public static String attackPair(String attacker, String place) {
        return STATISTICS_GRAPH + "/attack-pair/" + Keys.shortHash(attacker + " " + place);
    }

    /**
     * The statistics node of the events of one class on one day: readable for an {@code xsd:date}
     * ({@code .../day/meeting/2025-03-10}), hashed for any other literal a client may have written.
     */
    public static String eventsOnDay(String eventClassName, String dateLexical, boolean isXsdDate) {
        String day = isXsdDate && dateLexical.matches("\\d{4}-\\d{2}-\\d{2}") ? dateLexical : "h" + Keys.shortHash(dateLexical);
        return STATISTICS_GRAPH + "/day/" + eventClassName.toLowerCase(Locale.ROOT) + "/" + day;
    }

    /** The statistics node of the events that {@code sources} distinct articles mention. */
    public static String eventsWithSources(long sources) {
        return STATISTICS_GRAPH + "/sources/" + sources;
    }

    /** The ledger node of a source read (a file path or a page URL); see SourceLedger. */
    public static String sourceRecord(String location) {
        return BASE + "source/" + Keys.sha256(location);
    }

    public static String article(String key) {
        return BASE + "article/" + key;
    }

    /** A news outlet, keyed by its registrable domain (see {@code ArticleUrls.outlet}). */
    public static String outlet(String domain) {
        return BASE + "outlet/" + domain;
    }

    public static String country(String iso2) {
        return BASE + "country/" + iso2;
    }

    /** A person or an organisation, keyed by its normalised name. */
    public static String actor(String kind, String name) {
        return BASE + kind.toLowerCase(Locale.ROOT) + "/" + slug(name);
    }

    /** The kind of node an IRI of ours names, its first path segment ("person", "country", ...); null for another IRI. */
    public static String kindOf(String iri) {
        if (iri == null || !iri.startsWith(BASE)) return null;
        int slash = iri.indexOf('/', BASE.length());
        return slash < 0 ? null : iri.substring(BASE.length(), slash);
    }

    public static String place(String name, String countryIso2) {
        String prefix = countryIso2 == null ? "" : countryIso2.toLowerCase(Locale.ROOT) + "/";
        return BASE + "place/" + prefix + slug(name);
    }

    /** The point geometry of a place (GeoSPARQL), under the place's IRI. */
    public static String geometry(String placeIri) {
        return placeIri + "/geometry";
    }

    public static String event(String kind, String key) {
        return BASE + "event/" + kind.toLowerCase(Locale.ROOT) + "/" + key;
    }

    /**
     * A toll one source gives for an event, under the event's IRI and keyed by what it says (figures,
     * qualifier, range, the source's IRI): the same report always has the same IRI, whichever article
     * or run gives it, and two different reports never share one.
     */
    public static String tollReport(String eventIri, Integer killed, Integer injured, String qualifier, Integer upTo, String sourceIri) {
        String what = "killed=" + killed + "|injured=" + injured + "|qualifier=" + qualifier + "|upTo=" + upTo + "|source=" + sourceIri;
        return eventIri + "/toll/" + Keys.shortHash(what);
    }

    public static String evidence(String articleKey, int start, int end) {
        return BASE + "evidence/" + articleKey + "/" + start + "-" + end;
    }

    /**
     * A name as lower case ASCII words joined by hyphens: read in Latin letters by ICU4J
     * ({@code Any-Latin; Latin-ASCII}: "Łukasz Wałęsa" -> {@code lukasz-walesa}, "Иван Петров" ->
     * {@code ivan-petrov}), accents dropped, anything else a separator. Spellings that differ only in
     * accents, case or punctuation share a slug, as they always did.
     *
     * <p>When the name has a letter or digit of a script other than Latin, or no letter or digit at
     * all, {@code _} and the first 16 hex digits of the SHA-256 of the name itself (NFC, spaces
     * collapsed) follow: {@code ivan-petrov_3f1c...}. Reading another script in Latin letters can make
     * two names one (王 and 汪 are both "wang"), and an ASCII slug never holds {@code _}, so two
     * different names in another script never share an IRI, nor take the IRI of a Latin name. The rule
     * looks at the name alone, so the IRI is the same in every run, whatever order articles come in.
     */
    public static String slug(String name) {
        String exact = Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        String ascii = Normalizer.normalize(Latin.ascii(exact), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() || Latin.hasOtherScript(exact) ? s + "_" + Keys.shortHash(exact) : s;
    }
}
