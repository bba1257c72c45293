package org.newskg.extract.rules;

import org.newskg.extract.text.PhraseIndex;
import org.newskg.extract.text.Sentence;

/**
 * Finds an attack's toll in a clause: a number that counts people ("at least 35 people", "three
 * civilians", "two hundred people", or a bare number right after the verb: "wounding 30") next to a verb or noun of death
 * or injury ("killed", "wounding", "dead"). Numbers of anything else (days, hours, cars, hostages),
 * numbers inside dates, and subsets ("including four children") are not tolls.
 */
final class TollFinder {
    /**
     * What a clause says was killed and injured, null where it says nothing; the qualifier ("at least")
     * and upper end of a range of the killed figure, or of the injured one where no one is said killed.
     */
    record Toll(Integer killed, Integer injured, String qualifier, Integer upTo) {
        boolean isEmpty() {
            return killed == null && injured == null;
        }
    }

    /** A figure and how it is bounded. */
    private record Figure(int value, String qualifier, Integer upTo) {}

    private static final int MAX_GAP = 4;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})*|\\d+");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");
    private static final java.util.Set<String> MONTHS = java.util.Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private final RuleLexicon lex = RuleLexicon.get();

    Toll find(Sentence s, int from, int to) {
        Figure killed = null;
        Figure injured = null;
        for (int i = from; i < to; i++) {
            NumberWords.Count count = number(s, i, to);
            if (count == null) continue;
            int at = i;
            int after = count.end();
            // The rest of "two hundred" is part of this number, not another one.
            i = after - 1;
            if (count.value() > Integer.MAX_VALUE || isDatePart(s, at) || isAge(s, at, after) || subset(s, at, from, after, to)) continue;
            // "10 to 15 people", "between 10 and 15 people": the people come after the range's upper end.
            NumberWords.Count upper = rangeEnd(s, at, after, to, count.value());
            if (upper != null) after = upper.end();
            if (!countsPeople(s, after, to)) continue;
            String kind = verbBefore(s, at, from);
            if (kind == null) kind = verbAfter(s, after, to);
            Figure f = new Figure((int) count.value(), qualifier(s, at, from), upper == null ? null : (int) upper.value());
            if ("killed".equals(kind) && killed == null) killed = f;
            else if ("injured".equals(kind) && injured == null) injured = f;
            i = after - 1;
        }
        Figure bounded = killed != null ? killed : injured;
        return new Toll(killed == null ? null : killed.value(), injured == null ? null : injured.value(),
                bounded == null ? null : bounded.qualifier(), bounded == null ? null : bounded.upTo());
    }

    /** "at least", "more than", "up to" ... right before the figure (toll-qualifiers.tsv), normalised; null for an exact figure. */
    private String qualifier(Sentence s, int at, int from) {
        for (int k = at - 1; k >= Math.max(from, at - 3); k--) {
            PhraseIndex.Match<String> m = lex.tollQualifiers.longestAt(s.tokens(), k);
            if (m != null && k + m.length() == at) return m.values().get(0);
        }
        return null;
    }

    /**
     * The upper end of a range that starts with the figure: "10 to 15", "10-15", "between 10 and 15";
     * not "from 10 to 15", which tells a change.
     */
    private NumberWords.Count rangeEnd(Sentence s, int at, int after, int to, long low) {
        if (after + 1 >= to || at > 0 && s.token(at - 1).lowerIs("from")) return null;
        boolean between = at > 0 && s.token(at - 1).lowerIs("between");
        boolean joiner = between ? s.token(after).lowerIs("and") : s.token(after).lowerIs("to") || s.token(after).isOneOf("-–");
        if (!joiner) return null;
        NumberWords.Count high = number(s, after + 1, to);
        return high != null && high.value() > low && high.value() <= Integer.MAX_VALUE ? high : null;
    }

    /**
     * "including four children", "four soldiers among the victims", "among them 10 fighters": part of a toll
     * told elsewhere. An "including" after the figure says the figure is the whole ("left five dead,
     * including a girl").
     */
    private static boolean subset(Sentence s, int at, int from, int after, int to) {
        if (at > from && s.token(at - 1).lowerIs("including", "them", "among")) return true;
        // "four soldiers among the dead" is a part; "19 civilians, among them four children" is the whole.
        for (int k = after; k < Math.min(to, after + 3); k++) {
            if (s.token(k).text().equals(",")) return false;
            if (s.token(k).lowerIs("among")) return true;
        }
        return false;
    }

    /** The number written from token i ("35", "1,200", "three", "two hundred and fifty"), or null. */
    private NumberWords.Count number(Sentence s, int i, int to) {
        String t = s.token(i).text();
        if (NUMBER.matcher(t).matches()) {
            try {
                return new NumberWords.Count(Long.parseLong(t.replace(",", "")), i + 1);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return lex.numberWords.read(s.tokens(), i, to);
    }

    /** The number is followed by a word for people, or by nothing that it could count. */
    private boolean countsPeople(Sentence s, int at, int to) {
        // "nine more were injured": "more" counts the same kind of people as before.
        int i = at < to && s.token(at).lower().equals("more") ? at + 1 : at;
        for (int k = i; k < Math.min(to, i + 3); k++) {
            String w = s.token(k).lower();
            if (lex.casualtyNouns.contains(w)) return true;
            if (!s.token(k).isWord()) return k == i;
            boolean function = lex.locatives.contains(w) || lex.clauseBreaks.contains(w) || s.token(k).lowerIs("and", "or", "were", "have", "had", "was");
            if (lex.tollVerbs.longestAt(s.tokens(), k) != null || function) return k == i;
        }
        return false;
    }

    private String verbBefore(Sentence s, int numberAt, int from) {
        int k = numberAt - 1;
        int gap = 0;
        while (k >= from && gap < MAX_GAP && lex.tollModifiers.contains(s.token(k).lower())) {
            k--;
            gap++;
        }
        if (k < from) return null;
        PhraseIndex.Match<String> m = lex.tollVerbs.longestAt(s.tokens(), k);
        return m == null ? null : m.values().get(0);
    }

    /** "35 people were killed", "12 dead". */
    private String verbAfter(Sentence s, int i, int to) {
        for (int k = i; k < Math.min(to, i + 4); k++) {
            PhraseIndex.Match<String> m = lex.tollVerbs.longestAt(s.tokens(), k);
            if (m != null) return m.values().get(0);
        }
        return null;
    }

    /** "Ana Ruiz, 41, and Tomas Berg, 33, were killed": a number between commas after a name is an age. */
    private static boolean isAge(Sentence s, int at, int after) {
        if (at < 2 || !s.token(at - 1).text().equals(",") || !s.token(at - 2).isCapitalised()) return false;
        return after < s.size() && s.token(after).isOneOf(",;") || after == s.size();
    }

    private static boolean isDatePart(Sentence s, int i) {
        String prev = i > 0 ? s.token(i - 1).text() : "";
        if (prev.equals(".") && i > 1) prev = s.token(i - 2).text();
        String next = i + 1 < s.size() ? s.token(i + 1).text() : "";
        return isMonth(prev) || isMonth(next) || YEAR.matcher(s.token(i).text()).matches() && prev.equals(",");
    }

    private static boolean isMonth(String w) {
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        if (MONTHS.contains(w)) return true;
        // "Aug. 22", "Sept 21": a month cut short.
        if (bare.length() < 3 || !Character.isUpperCase(bare.charAt(0))) return false;
        for (String m : MONTHS) if (m.startsWith(bare)) return true;
        return false;
    }
}
