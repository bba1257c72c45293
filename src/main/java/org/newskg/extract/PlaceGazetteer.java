package org.newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.text.Token;

/**
 * Small places (GeoNames places of 500+ people that {@code cities.tsv} leaves out) and first-level
 * divisions, looked up by exact name. Unlike {@link Gazetteer} it is never scanned over a sentence:
 * the rules ask it only about a name that a place cue ("in", "the village of", "X province")
 * already marks, since many village names are also words or surnames.
 */
public final class PlaceGazetteer {
    /** A place: its name, country, population (0 for a division) and whether it is a division. */
    public record Place(String name, String iso2, long population, boolean division) {}

    private final Map<String, Place> places = new HashMap<>(400_000);
    private final Map<String, Place> divisions = new HashMap<>(16_000);

    private PlaceGazetteer() {
        // Read line by line, only the columns used, each name's key made without a regex: 130,000 rows
        // split whole and collapsed by a regex each took most of a second at start-up.
        TsvResource.forEachRow("/newskg/gazetteer/places.tsv", 8, c -> {
            Place p = new Place(c[1], c[3], parse(c[7]), false);
            put(places, c[1], p);
            if (!c[2].isEmpty()) put(places, c[2], p);
        });
        TsvResource.forEachRow("/newskg/gazetteer/divisions.tsv", 4, c -> {
            String shortName = c[2].isEmpty() ? c[1] : c[2];
            Place p = new Place(shortName, c[3], 0, true);
            put(divisions, c[1], p);
            put(divisions, shortName, p);
        });
    }

    /** The most populous small place of this exact name, or null. */
    public Place place(List<Token> tokens, int from, int to) {
        return places.get(key(tokens, from, to));
    }

    /** The first-level division of this name ("Varnok", "Varnok Region"), or null. */
    public Place division(List<Token> tokens, int from, int to) {
        return divisions.get(key(tokens, from, to));
    }

    private static void put(Map<String, Place> map, String name, Place p) {
        map.merge(normalise(name), p, (a, b) -> b.population() > a.population() ? b : a);
    }

    private static String key(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) b.append(' ');
            b.append(tokens.get(i).lowerKey());
        }
        return b.toString();
    }

    /** As tokens give it: accents dropped, lower case, one space between words. */
    private static String normalise(String name) {
        String trimmed = name.trim();
        StringBuilder b = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char ch = trimmed.charAt(i);
            boolean white = " \t\n\u000B\f\r".indexOf(ch) >= 0;
            if (!white) b.append(ch);
            else if (b.charAt(b.length() - 1) != ' ') b.append(' ');
        }
        return new Token(b.toString(), 0, 0, 0).lowerKey();
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static PlaceGazetteer get() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use, once: the JVM guarantees it. */
    private static final class Holder {
        static final PlaceGazetteer INSTANCE = new PlaceGazetteer();
    }

}
