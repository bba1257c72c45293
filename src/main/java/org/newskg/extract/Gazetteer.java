package org.newskg.extract;

import org.newskg.Lexicon;

import java.util.List;
import java.util.Map;
import org.newskg.extract.text.PhraseIndex;

/**
 * Every named thing newskg knows before reading an article, as phrases to find in text: countries
 * (names, short forms, demonyms, capitals), seats of power, organisations (names and acronyms) and
 * cities (GeoNames names and variants). Loaded once from {@code gazetteer/} and {@code lexicon/}.
 */
public final class Gazetteer {
    /** What a phrase can stand for. */
    public sealed interface Entry {}

    /** A country by name ("France", "U.S."). */
    public record CountryName(String iso2) implements Entry {}

    /** A country by its people or adjective ("French", "Russians"). */
    public record Demonym(String iso2) implements Entry {}

    /** A capital: the city, and in news often the state's government ("Moscow said"). */
    public record Capital(String iso2, String city) implements Entry {}

    /** A seat of power standing for the government ("the Kremlin"). */
    public record Seat(String iso2, String city) implements Entry {}

    /** An organisation. */
    public record Org(String name, String wikidata, String type) implements Entry {}

    /** A populated place. */
    public record City(String name, String iso2, long population, boolean mainName, String featureCode) implements Entry {}


    private final PhraseIndex<Entry> index = new PhraseIndex<>(true);
    private final CountryGazetteer countries = CountryGazetteer.get();

    private Gazetteer() {
        for (CountryGazetteer.Country c : countries.all()) {
            index.add(c.name(), new CountryName(c.iso2()));
            for (String n : c.altNames()) index.add(n, new CountryName(c.iso2()));
            for (String d : c.demonyms()) index.add(d, new Demonym(c.iso2()));
            for (String cap : c.capitals()) {
                index.add(cap, new Capital(c.iso2(), cap));
                // "Washington, D.C." is "Washington" in news.
                String shortName = cap.replaceFirst(",?\\s+D\\.?C\\.?$", "");
                if (!shortName.equals(cap)) index.add(shortName, new Capital(c.iso2(), shortName));
            }
        }
        for (String[] row : Lexicon.get().rows("seats.tsv")) index.add(row[0], new Seat(row[1], row[2]));
        addOrganisations(TsvResource.read("/newskg/gazetteer/organizations.tsv"), "international");
        addOrganisations(TsvResource.read("/newskg/lexicon/organizations-extra.tsv"), null);
        for (Map<String, String> r : TsvResource.read("/newskg/gazetteer/cities.tsv")) {
            long pop = parseLong(r.get("population"));
            String iso = r.get("country_iso2");
            String fc = r.get("feature_code");
            index.add(r.get("name"), new City(r.get("name"), iso, pop, true, fc));
            index.add(r.get("ascii_name"), new City(r.get("name"), iso, pop, true, fc));
            for (String alt : TsvResource.values(r.get("alt_names"))) index.add(alt, new City(r.get("name"), iso, pop, false, fc));
        }
    }

    private void addOrganisations(List<Map<String, String>> rows, String defaultType) {
        for (Map<String, String> r : rows) {
            String type = r.getOrDefault("type", defaultType);
            Org org = new Org(r.get("name"), r.get("wikidata").isEmpty() ? null : r.get("wikidata"), type == null ? defaultType : type);
            index.add(org.name(), org);
            for (String a : TsvResource.values(r.get("acronyms"))) index.add(a, org);
            for (String a : TsvResource.values(r.get("alt_names"))) index.add(a, org);
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use, once: the JVM guarantees it. */
    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer();
    }

    public PhraseIndex<Entry> index() {
        return index;
    }

    public CountryGazetteer countries() {
        return countries;
    }
}
