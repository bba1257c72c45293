package org.newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Countries from {@code gazetteer/countries.tsv} (world-countries, ODbL): names, codes, QIDs. */
public final class CountryGazetteer {
    /** One country as the gazetteer knows it. */
    public record Country(String iso2, String name, List<String> altNames, List<String> demonyms,
                          List<String> capitals, String wikidata) {}

    private static final String RESOURCE = "/newskg/gazetteer/countries.tsv";

    private final Map<String, Country> byCode = new HashMap<>();

    private CountryGazetteer(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            Country c = new Country(r.get("iso2"), r.get("name"), TsvResource.values(r.get("alt_names")),
                    TsvResource.values(r.get("demonyms")), TsvResource.values(r.get("capital")), r.get("wikidata"));
            byCode.put(c.iso2(), c);
        }
    }

    /** The gazetteer shipped in the jar, loaded once. */
    public static CountryGazetteer get() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use, once: the JVM guarantees it. */
    private static final class Holder {
        static final CountryGazetteer INSTANCE = new CountryGazetteer(TsvResource.read(RESOURCE));
    }

    public Optional<Country> byCode(String iso2) {
        return Optional.ofNullable(iso2 == null ? null : byCode.get(iso2));
    }

    public java.util.Collection<Country> all() {
        return byCode.values();
    }
}
