package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.Gazetteer;
import org.newskg.extract.rules.Mention.Kind;
import org.newskg.extract.text.PhraseIndex;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Token;

/**
 * The parts of a sentence that are no material for an event's parties: the dateline and wire
 * credit ("LIMA, June 13 (Reuters) -"), quoted words, whoever urges others to meet and what they
 * are urged to do next, outlets.
 */
final class ClauseFrames {
    private static final int MAX_DATELINE = 16;
    private final RuleLexicon lex = RuleLexicon.get();

    /**
     * The first token after a dateline that opens the sentence ("LIMA, June 13 (Reuters) -", "PARIS
     * (AP) —"), or 0 when there is none: place words in capitals up to a comma, a parenthesis or the
     * dash, then only capitalised words, numbers and a parenthesised credit up to the dash.
     */
    static int datelineEnd(Sentence s) {
        if (s.size() < 3 || !allCaps(s.token(0))) return 0;
        boolean place = true;
        boolean inParens = false;
        for (int i = 1; i < Math.min(s.size(), MAX_DATELINE); i++) {
            Token t = s.token(i);
            if (!inParens && t.isOneOf("-–—")) return i + 1;
            if (t.text().equals("(")) inParens = true;
            else if (t.text().equals(")")) inParens = false;
            else if (place && !inParens && t.isWord() && !allCaps(t)) return 0;
            else if (!inParens && t.isWord() && !t.isCapitalised()) return 0;
            if (t.isOneOf(",(")) place = false;
        }
        return 0;
    }

    private static boolean allCaps(Token t) {
        String w = t.text();
        return w.length() >= 2 && w.chars().allMatch(Character::isLetter) && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Token i stands between quotation marks: an odd number of them before it, or none before it
     * and the sentence's first one closes a quotation begun in an earlier sentence (a ” or a " set
     * right after the text it closes).
     */
    static boolean quoted(Sentence s, int i) {
        int before = 0;
        for (int k = 0; k < i; k++) if (isQuote(s.token(k))) before++;
        if (before > 0) return before % 2 == 1;
        for (int k = i + 1; k < s.size(); k++) {
            Token q = s.token(k);
            if (isQuote(q)) return q.text().equals("”") || !q.text().equals("“") && q.start() == s.token(k - 1).end();
        }
        return false;
    }

    private static boolean isQuote(Token t) {
        return t.isOneOf("\"“”");
    }

    /** An organisation listed as an outlet or news agency: it reports events, it is never a party to them. */
    static boolean isOutlet(Mention m) {
        if (m.kind() != Kind.ORGANIZATION) return false;
        for (Gazetteer.Entry e : Gazetteer.get().index().get(m.key())) {
            if (e instanceof Gazetteer.Org o && "outlet".equals(o.type())) return true;
        }
        return false;
    }

    /**
     * The mentions of a clause that can be parties to its event: not outlets, not the one who urges in "X urged Y to meet Z" or "Y was urged by X to meet Z", and
     * not the target of what the urged do next ("pressed the envoys gathering in Lisbon to lean on Z").
     */
    List<Mention> parties(Sentence s, int[] c, List<Mention> in, int trigger) {
        int[][] skip = urgeFrame(s, c, trigger);
        List<Mention> out = new ArrayList<>();
        for (Mention m : in) {
            if (isOutlet(m)) continue;
            boolean excluded = false;
            for (int[] r : skip) excluded |= m.from() >= r[0] && m.to() <= r[1];
            if (!excluded) out.add(m);
        }
        return out;
    }

    /** Token ranges excluded by an urge frame in the clause, if it has one. */
    private int[][] urgeFrame(Sentence s, int[] c, int trigger) {
        for (int u = c[0]; u < c[1]; u++) {
            PhraseIndex.Match<String> m = lex.urgeVerbs.longestAt(s.tokens(), u);
            if (m == null) continue;
            int after = u + m.length();
            int to = after;
            while (to < c[1] && !s.token(to).lower().equals("to")) to++;
            if (to >= c[1]) return new int[0][];
            boolean passive = u > 0 && s.token(u - 1).lowerIs("was", "were", "been", "being", "is", "are")
                    && after < c[1] && s.token(after).lower().equals("by");
            int[] urger = passive ? new int[] {after, to} : new int[] {c[0], u};
            // The meeting is named before "to" ("pressed the envoys gathering in Lisbon to lean on Z"): what follows is another act.
            return trigger < to ? new int[][] {urger, {to, c[1]}} : new int[][] {urger};
        }
        return new int[0][];
    }

    /**
     * The clause says the country itself took part: "delegations from X and Y", "X's negotiators",
     * "the X delegation".
     */
    boolean represented(Sentence s, Mention country) {
        int k = country.to();
        if (k < s.size() && s.token(k).isPossessive()) k++;
        if (k < s.size() && lex.representationNouns.longestAt(s.tokens(), k) != null) return true;
        // Back over a list of names ("from Ghana, Benin and Togo") to "from" or "of".
        int j = country.from() - 1;
        while (j > 0 && (s.token(j).lowerIs("and", "or", ",", "the") || s.token(j).isCapitalised())) j--;
        if (j < 1 || !s.token(j).lowerIs("from", "of")) return false;
        for (int start = Math.max(0, j - 2); start < j; start++) {
            PhraseIndex.Match<String> m = lex.representationNouns.longestAt(s.tokens(), start);
            if (m != null && start + m.length() == j) return true;
        }
        return false;
    }
}
