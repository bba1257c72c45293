package org.newskg.extract.rules;

import java.util.List;
import org.newskg.extract.Gazetteer;
import org.newskg.extract.PlaceGazetteer;
import org.newskg.extract.rules.Mention.Kind;
import org.newskg.extract.text.PhraseIndex;
import org.newskg.extract.text.Sentence;

/**
 * Places that only their context marks: a capitalised name after a locative that the small-place
 * gazetteer knows ("near Dostel"), next to a word for a kind of place ("the X border crossing",
 * "X province", "the village of X", "X, a village"), or followed by its country ("in X, Somalia").
 * Without such a cue a name is never a small place, so ordinary words and surnames stay what they are.
 */
final class PlaceCues {
    /** Specificity of a country: less than any province. */
    static final int COUNTRY = 5;
    private static final int TOWN = 2;
    /** A city this large is a place by its main name alone, with no cue. */
    private static final long BIG_CITY = 1_000_000;

    private final RuleLexicon lex = RuleLexicon.get();
    private final PlaceGazetteer places = PlaceGazetteer.get();

    /** A kind of place right after a name, as {level, length}, or null ("district", "border crossing"). */
    int[] kindAt(Sentence s, int i, boolean locative) {
        if (i >= s.size() || !Character.isLowerCase(s.token(i).text().charAt(0))) return null;
        PhraseIndex.Match<String> m = lex.placeKinds.longestAt(s.tokens(), i);
        if (m == null) return null;
        String v = m.values().get(0);
        if (v.endsWith("w") && !locative) return null;
        return new int[] {v.charAt(0) - '0', m.length()};
    }

    /**
     * A city of the gazetteer where the context says place, or null: a kind of place ("X region"),
     * a locative, a venue before an event word ("the X talks"), or a city of a million people or
     * more named by its main name.
     */
    Mention city(Sentence s, int from, int to, Gazetteer.City city, boolean locative) {
        Mention kinded = kindedCity(s, from, to, city, locative);
        if (kinded != null) return kinded;
        if (locative || (city.mainName() && city.population() >= BIG_CITY) || modifiesEvent(s, from, to)) {
            return place(s, from, to, city.name(), city.iso2());
        }
        return null;
    }

    /**
     * A name that is a place after all: a city the gazetteer knows by this exact name, or a name
     * listed with a place ("the cities of Aleppo and Idlib").
     */
    Mention placeLike(Sentence s, int from, int to, List<Mention> found) {
        Mention cued = cued(s, from, to, isLocative(s, from), found);
        if (cued != null) return cued;
        if (to - from >= 2) {
            Gazetteer.City city = bestCity(Gazetteer.get().index().get(s.span(from, to)));
            if (city != null) return place(s, from, to, city.name(), city.iso2());
        }
        // After a comma only a list that goes on continues ("Aleppo, Idlib and Homs"; not "in Doha, Omar Haddad said").
        boolean listGoesOn = to < s.size() && s.token(to).lowerIs("and", "or", ",");
        if (from >= 2 && (s.token(from - 1).lowerIs("and", "or") || s.token(from - 1).text().equals(",") && listGoesOn)) {
            for (Mention m : found) {
                if (m.kind() == Kind.PLACE && m.to() == from - 1) return place(s, from, to, s.span(from, to), m.country());
            }
        }
        return null;
    }

    /**
     * A city of the gazetteer that a kind of place marks, or null: "X state", "X region" and "the
     * region of X" are the division of that name, not a city that has it as a variant; a division no
     * gazetteer knows keeps the name as written (likely in the city's country) unless it is the city's own.
     */
    Mention kindedCity(Sentence s, int from, int to, Gazetteer.City city, boolean locative) {
        int[] after = kindAt(s, to, locative);
        int level = after != null ? after[0] : kindBefore(s, from);
        if (level == 0) return null;
        int end = after != null ? to + after[1] : to;
        PlaceGazetteer.Place d = level == 4 ? places.division(s.tokens(), from, to) : null;
        if (d != null) return place(s, from, end, d.name(), d.iso2());
        if (level < 4 || city.mainName()) return place(s, from, end, city.name(), city.iso2());
        return place(s, from, end, s.span(from, to), city.iso2());
    }

    /** The kind of place in "the (southern) town of X", or 0. */
    static int kindBefore(Sentence s, int from) {
        RuleLexicon lex = RuleLexicon.get();
        if (from < 2 || !s.token(from - 1).lowerIs("of")) return 0;
        String noun = s.token(from - 2).lower();
        if (!lex.placeNouns.contains(noun)) return 0;
        PhraseIndex.Match<String> m = lex.placeKinds.longestAt(s.tokens(), from - 2);
        return m == null ? TOWN : m.values().get(0).charAt(0) - '0';
    }

    /**
     * The place a run of capitalised words [from, to) is by its cue, or null. {@code locative}: a
     * word such as "in" or "near" comes before it; {@code found}: the mentions made so far (countries).
     */
    Mention cued(Sentence s, int from, int to, boolean locative, List<Mention> found) {
        int[] kind = kindAt(s, to, locative);
        if (kind != null && describesAnother(s, to + kind[1], found)) return null;
        if (kind != null) {
            PlaceGazetteer.Place known = kind[0] == 4 ? places.division(s.tokens(), from, to) : places.place(s.tokens(), from, to);
            String name = known != null && kind[0] == 4 ? known.name() : s.span(from, to);
            String iso = known != null ? known.iso2() : countryNear(s, from, to + kind[1], found);
            return place(s, from, to + kind[1], name, iso);
        }
        // "Varnok Region": the run took the kind word in.
        if (to - from >= 2 && kindAt(s.token(to - 1).lower(), s, to - 1)) {
            PlaceGazetteer.Place d = places.division(s.tokens(), from, to - 1);
            if (d != null) return place(s, from, to, d.name(), d.iso2());
        }
        int before = kindBefore(s, from);
        if (before > 0) {
            PlaceGazetteer.Place d = before == 4 ? places.division(s.tokens(), from, to) : null;
            return d != null ? place(s, from, to, d.name(), d.iso2()) : place(s, from, to, s.span(from, to), countryNear(s, from, to, found));
        }
        if (!locative || to < s.size() && s.token(to).isPossessive()) return null;
        // "in Sitio X", "in Camp Y": the run starts with its kind.
        PhraseIndex.Match<String> first = to - from >= 2 ? lex.placeKinds.longestAt(s.tokens(), from) : null;
        if (first != null && first.length() < to - from) return place(s, from, to, s.span(from, to), countryNear(s, from, to, found));
        PlaceGazetteer.Place known = places.place(s.tokens(), from, to);
        if (known == null) known = places.division(s.tokens(), from, to);
        String after = countryAfter(s, to, found);
        if (known != null && (after == null || after.equals(known.iso2()))) return place(s, from, to, known.name(), known.iso2());
        if (after != null) return place(s, from, to, s.span(from, to), after);
        // "near Dostel, a hamlet by the river": an apposition says what it is.
        if (to + 2 < s.size() && s.token(to).text().equals(",") && s.token(to + 1).lowerIs("a", "an", "the")
                && lex.placeKinds.longestAt(s.tokens(), to + 2) != null) {
            return place(s, from, to, s.span(from, to), countryNear(s, from, to, found));
        }
        return null;
    }

    /**
     * "the X port of Y", "the X Bay port of Y": the name before the kind only says what sort of place
     * the Y that follows is, unless Y is a country ("the X district of Somalia").
     */
    private static boolean describesAnother(Sentence s, int end, List<Mention> found) {
        if (end + 1 >= s.size() || !s.token(end).lowerIs("of") || !s.token(end + 1).isCapitalised()) return false;
        for (Mention m : found) if (m.kind() == Kind.COUNTRY && m.from() == end + 1) return false;
        return true;
    }

    private boolean kindAt(String lower, Sentence s, int i) {
        PhraseIndex.Match<String> m = lex.placeKinds.longestAt(s.tokens(), i);
        return m != null && m.length() == 1 && !m.values().get(0).endsWith("w");
    }

    /** "in Paris", "near the Kremlin", "the city of Aleppo". */
    boolean isLocative(Sentence s, int from) {
        int p = from - 1;
        if (p >= 0 && s.token(p).lower().equals("the")) p--;
        if (p < 0) return false;
        // "in Chile and Peru", "in Chile, Peru or Bolivia": a list goes on with its locative.
        if (s.token(p).lowerIs("and", "or", ",")) {
            int q = p - 1;
            while (q >= 0 && (s.token(q).isCapitalised() && s.token(q).isWord() || s.token(q).lowerIs(","))) q--;
            if (q < p - 1 && q >= 0 && lex.locatives.contains(s.token(q).lower())) return true;
        }
        String prev = s.token(p).lower();
        if (prev.equals("of")) return p > 0 && lex.placeNouns.contains(s.token(p - 1).lower());
        return lex.locatives.contains(prev);
    }

    /** "the Paris talks": a place name between an article and an event word. */
    boolean modifiesEvent(Sentence s, int from, int to) {
        if (to >= s.size() || from == 0 || !s.token(from - 1).lowerIs("the", "a", "an")) return false;
        return lex.triggers.longestAt(s.tokens(), to) != null && Character.isLowerCase(s.token(to).text().charAt(0));
    }

    /** How specific a place mention is: 1 a site or village ... 4 a province, 5 a country. */
    static int level(Mention m) {
        RuleLexicon lex = RuleLexicon.get();
        Sentence s = m.sentence();
        if (isCountry(m)) return COUNTRY;
        int before = kindBefore(s, m.from());
        if (before > 0) return before;
        for (int i = m.from() + 1; i < m.to(); i++) {
            PhraseIndex.Match<String> k = lex.placeKinds.longestAt(s.tokens(), i);
            if (k != null && i + k.length() == m.to()) return k.values().get(0).charAt(0) - '0';
        }
        return TOWN;
    }

    /** The country of "Somalia's X region", "X, Somalia" or "X, a village in Somalia"; null if none. */
    private String countryAfter(Sentence s, int to, List<Mention> found) {
        if (to >= s.size() || !s.token(to).text().equals(",")) return null;
        for (Mention m : found) if (m.kind() == Kind.COUNTRY && m.from() == to + 1) return m.country();
        return null;
    }

    private String countryNear(Sentence s, int from, int to, List<Mention> found) {
        String after = countryAfter(s, to, found);
        if (after != null) return after;
        for (Mention m : found) {
            boolean owner = m.to() < s.size() && s.token(m.to()).isPossessive() && m.to() < from && from - m.to() <= 5;
            if (m.kind() == Kind.COUNTRY && owner) return m.country();
        }
        for (Mention m : found) {
            // "X, a hamlet in southern Peru"
            if (m.kind() == Kind.PLACE && m.from() > to && m.from() - to <= 6 && isCountry(m)) return m.country();
        }
        // "in X's Y region, near the village of Z": the place named just before in the sentence.
        Mention before = null;
        for (Mention m : found) {
            if (m.kind() == Kind.PLACE && m.to() <= from && m.country() != null && (before == null || m.to() > before.to())) before = m;
        }
        return before == null ? null : before.country();
    }

    /** The likeliest place a name stands for; city sections last. */
    static Gazetteer.City bestCity(List<Gazetteer.Entry> entries) {
        Gazetteer.City best = null;
        for (Gazetteer.Entry e : entries) {
            if (!(e instanceof Gazetteer.City c)) continue;
            if (best == null || score(c) > score(best)) best = c;
        }
        return best;
    }

    /**
     * A main name counts thrice a variant, but a much larger place still wins: "Geneva" is the Swiss
     * city (Genève, with "Geneva" as a variant) before the small American town of that name.
     */
    private static double score(Gazetteer.City c) {
        return ("PPLX".equals(c.featureCode()) ? 0.1 : 1) * (c.mainName() ? 3 : 1) * Math.max(1, c.population());
    }

    static boolean isCountry(Mention m) {
        return m.country() != null && m.key() != null && m.key().equals(CountryNames.name(m.country()));
    }

    private static Mention place(Sentence s, int from, int to, String name, String iso2) {
        return new Mention(Kind.PLACE, s, from, to, name, iso2, null, Mention.Use.PLAIN);
    }
}
