package org.newskg.rdf;

import java.text.Normalizer;
import java.util.Locale;

/**
 * IRI policy: everything newskg mints lives under {@link #BASE}, as {@code BASE + kind + "/" + key}.
 * Keys come from the thing itself (a URL, an ISO code, a normalised name, an event's defining
 * arguments), never from counters or timing, so the same input always gives the same IRI.
 */
public final class Iris {
    /** Base of all minted IRIs. */
    public static final String BASE = "https://w3id.org/newskg/id/";
    /** Wikidata entities, the target of {@code owl:sameAs} links. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private Iris() {}

    public static String article(String key) {
        return BASE + "article/" + key;
    }

    public static String country(String iso2) {
        return BASE + "country/" + iso2;
    }

    /** A person or an organisation, keyed by its normalised name. */
    public static String actor(String kind, String name) {
        return BASE + kind.toLowerCase(Locale.ROOT) + "/" + slug(name);
    }

    public static String place(String name, String countryIso2) {
        String prefix = countryIso2 == null ? "" : countryIso2.toLowerCase(Locale.ROOT) + "/";
        return BASE + "place/" + prefix + slug(name);
    }

    public static String event(String kind, String key) {
        return BASE + "event/" + kind.toLowerCase(Locale.ROOT) + "/" + key;
    }

    public static String evidence(String articleKey, int start, int end) {
        return BASE + "evidence/" + articleKey + "/" + start + "-" + end;
    }

    /** Lower case ASCII words joined by hyphens: accents dropped, anything else a separator. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "_" : s;
    }
}
