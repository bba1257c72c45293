package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.rules.Mention.Kind;
import org.newskg.extract.rules.Mention.Use;
import org.newskg.extract.text.PhraseIndex;
import org.newskg.extract.text.Sentence;

/**
 * Gives people their titles, as written, and the mention their affiliation comes from: before the
 * name ("Brazilian Foreign Minister Renata Coutinho", "the premier's chief of staff Jan Novak") or in an
 * apposition after it ("Lena Park, the U.S. special envoy to the region,"). Marks the
 * affiliations inside titles, and the sources of statements ("..., X said."), so that events do
 * not count them as actors.
 */
final class RoleParser {
    private static final int MAX_APPOSITION = 14;
    /** Punctuation that ends an apposition. */
    private static final String CLOSERS = ",.;:!?\"“”";
    private final RuleLexicon lex = RuleLexicon.get();

    List<Mention> attach(Sentence s, MentionFinder.Tag[] tags, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        java.util.Set<Mention.Role> leading = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != Kind.PERSON || m.role() != null) continue;
            Mention.Role role = before(s, tags, out, m);
            if (role != null) leading.add(role);
            // "Maj. Gen. X, a spokesman for the army,": the office says more than the rank.
            boolean rankOnly = role != null && lex.militaryRanks.contains(role.text().toLowerCase(java.util.Locale.ROOT));
            if (role == null || rankOnly) {
                Mention.Role office = apposition(s, tags, out, m);
                if (office != null) role = office;
            }
            int lead = leadStart(s, tags, out, m);
            Mention.Role introduced = titleThenComma(s, tags, out, m, lead < 0 ? m.from() : lead);
            if (role == null || rankOnly && introduced != null) role = introduced;
            else if (introduced != null && introduced.affiliation() != null && (role.affiliation() == null || past(role))) {
                // "The Union's mediator, former Kenyan President X": the introducing title says whom X acts for now.
                role = new Mention.Role(role.text(), introduced.affiliation());
            }
            if (role == null || role.affiliation() == null) role = ledBy(s, out, m, role, lead < 0 ? m.from() : lead);
            if (role == null) role = sharedInList(out, i, leading);
            if (role != null) {
                out.set(i, m.withRole(role));
                if (role.affiliation() != null) markAffiliation(out, role.affiliation());
            }
        }
        // A title with no name after it still makes its possessor an affiliation ("Novak's chief of staff said").
        for (int i = 0; i < s.size(); i++) {
            if (tags[i] == MentionFinder.Tag.TITLE && (i == 0 || tags[i - 1] != MentionFinder.Tag.TITLE)) {
                Mention owner = possessorBefore(s, out, i);
                if (owner != null) markAffiliation(out, owner);
            }
        }
        for (int i = 0; i < out.size(); i++) out.set(i, out.get(i).withUse(useOf(s, out.get(i))));
        return out;
    }

    private boolean past(Mention.Role role) {
        String first = role.text().split("[\\s-]+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return first.equals("former") || first.equals("ex");
    }

    /**
     * "the 9th Brigade, led by General X", "the Coastal Guard (CG) of General X", "the 9th Brigade, led
     * by X": the group at whose head the person stands. Keeps the role (which may be null) and adds the group.
     */
    private Mention.Role ledBy(Sentence s, List<Mention> all, Mention person, Mention.Role role, int titleStart) {
        for (int k = Math.max(0, titleStart - 3); k < titleStart; k++) {
            PhraseIndex.Match<String> link = lex.leaderLinks.longestAt(s.tokens(), k);
            boolean of = role != null && k == titleStart - 1 && s.token(k).lowerIs("of");
            if (of) {
                Mention group = groupEndingAt(all, skipBracketed(s, k));
                if (group != null) return new Mention.Role(role.text(), group);
            } else if (link != null && k + link.length() == titleStart) {
                Mention group = k >= 1 && s.token(k - 1).text().equals(",") ? groupEndingAt(all, skipBracketed(s, k - 1)) : null;
                if (group != null) return new Mention.Role(role == null ? null : role.text(), group);
            }
        }
        return role;
    }

    /** The end of what stands before token {@code at}, past a bracketed acronym: "Guard (CG) of" gives the end of "Guard". */
    private static int skipBracketed(Sentence s, int at) {
        if (at >= 3 && s.token(at - 1).text().equals(")") && s.token(at - 3).text().equals("(")) return at - 3;
        return at;
    }

    private static Mention groupEndingAt(List<Mention> all, int end) {
        for (Mention m : all) if (m.to() == end && (m.kind() == Kind.ORGANIZATION || m.kind() == Kind.COUNTRY)) return m;
        return null;
    }

    /** "Corporals Ana Ruiz, 41, and Tomas Berg": the title before a list of names is each one's. */
    private static Mention.Role sharedInList(List<Mention> out, int i, java.util.Set<Mention.Role> leading) {
        if (i == 0) return null;
        Mention prev = out.get(i - 1);
        if (prev.role() == null || !leading.contains(prev.role()) || !PersonEvidence.listed(prev, out.get(i))) return null;
        return prev.role();
    }

    /** "Chilean Foreign Minister Ana Ruiz", "Chile's top economic negotiator Tomas Berg", "Deputy Premier of Chile Tomas Berg". */
    private Mention.Role before(Sentence s, MentionFinder.Tag[] tags, List<Mention> all, Mention person) {
        int start = leadStart(s, tags, all, person);
        if (start < 0) return null;
        Mention owner = possessorBefore(s, all, titleRunStart(s, tags, person.from()));
        if (owner == null || owner.from() < start) owner = ownerInside(s, all, start, person.from());
        return new Mention.Role(s.span(start, person.from()), owner);
    }

    /** Where the title written before a name starts, with its owner ("Chile's", "Deputy Premier of Chile"), or -1. */
    private int leadStart(Sentence s, MentionFinder.Tag[] tags, List<Mention> all, Mention person) {
        int j = titleRunStart(s, tags, person.from());
        // "Deputy Premier of Chile Tomas Berg": the owner stands inside the title, after "of".
        Mention inner = groupEndingAt(all, j);
        if (inner != null && inner.from() >= 2 && s.token(inner.from() - 1).lowerIs("of") && tags[inner.from() - 2] == MentionFinder.Tag.TITLE) {
            j = titleRunStart(s, tags, inner.from() - 1);
        }
        if (j == person.from() && inner == null) return -1;
        boolean title = false;
        for (int k = j; k < person.from(); k++) title |= tags[k] == MentionFinder.Tag.TITLE;
        if (!title) return -1;
        Mention owner = possessorBefore(s, all, j);
        if (owner == null) return j;
        // "former Kenyan President": a modifier before the owner belongs to the title.
        int k = owner.from();
        while (k > 0 && lex.titleModifiers.contains(s.token(k - 1).lower())) k--;
        return k;
    }

    /** The first token of the run of titles and their modifiers that ends right before token {@code end}. */
    private int titleRunStart(Sentence s, MentionFinder.Tag[] tags, int end) {
        int j = end - 1;
        while (j >= 0 && (tags[j] == MentionFinder.Tag.TITLE || lex.titleModifiers.contains(s.token(j).lower())
                || compoundAnd(s, tags, j))) j--;
        return j + 1;
    }

    /** "Deputy Premier of Chile": the country or group named after "of" inside a title. */
    private static Mention ownerInside(Sentence s, List<Mention> all, int from, int to) {
        for (Mention m : all) {
            if (m.from() > from && m.to() <= to && s.token(m.from() - 1).lowerIs("of") && m.kind() != Kind.PERSON && m.kind() != Kind.PLACE) return m;
        }
        return null;
    }

    /** The country, organisation or person that owns a title starting at token {@code titleStart}. */
    private Mention possessorBefore(Sentence s, List<Mention> all, int titleStart) {
        int j = titleStart - 1;
        if (j < 0) return null;
        int end = s.token(j).isPossessive() ? j : j + 1;
        for (Mention m : all) {
            if (m.to() == end && m.kind() != Kind.PLACE && (end == j || m.kind() != Kind.PERSON)) return m;
        }
        // "UN relief chief", "Kremlin foreign policy aide": up to two words of the office's field between.
        for (int k = j; k >= Math.max(0, j - 1) && fieldWord(s, k); k--) {
            for (Mention m : all) {
                if (m.to() == k && (m.kind() == Kind.ORGANIZATION || m.kind() == Kind.COUNTRY)) return m;
            }
        }
        return null;
    }

    /** A lower-case word that can name an office's field ("relief", "security"), not a verb or a function word. */
    private boolean fieldWord(Sentence s, int k) {
        org.newskg.extract.text.Token t = s.token(k);
        String w = t.lower();
        // "Togo met envoy X": a verb of the event, not a field.
        if (lex.triggers.longestAt(s.tokens(), k) != null || lex.attackVerbs.contains(w) || lex.tollVerbs.longestAt(s.tokens(), k) != null
                || lex.stances.longestAt(s.tokens(), k) != null || lex.urgeVerbs.longestAt(s.tokens(), k) != null) return false;
        return t.isWord() && !t.isCapitalised() && w.length() > 2 && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("ly") && !w.endsWith("s")
                && !lex.commentaryVerbs.contains(w) && !lex.statementVerbs.contains(w) && !lex.clauseBreaks.contains(w)
                && !lex.locatives.contains(w) && !t.lowerIs("the", "and", "for", "with", "who", "whose", "was", "were", "has", "had", "have");
    }

    /** "Name, [the] [owner('s)] title [to/of ...]," up to the next comma or the sentence end. */
    private Mention.Role apposition(Sentence s, MentionFinder.Tag[] tags, List<Mention> all, Mention person) {
        int k = person.to();
        if (k >= s.size() || !s.token(k).text().equals(",")) return null;
        int from = k + 1;
        boolean article = from < s.size() && s.token(from).lowerIs("the", "a", "an");
        if (article) from++;
        // "X, along with the envoy, Y": an apposition starts with its article, a title or its owner.
        if (!article && !startsTitle(s, tags, all, from)) return null;
        int end = from;
        int firstTitle = -1;
        while (end < s.size() && end - from < MAX_APPOSITION && !s.token(end).isOneOf(CLOSERS)) {
            if (tags[end] == MentionFinder.Tag.TITLE && firstTitle < 0) firstTitle = end;
            end++;
        }
        boolean closed = end >= s.size() || s.token(end).isOneOf(CLOSERS);
        if (firstTitle < 0 || !closed) return null;
        // The title must belong to this apposition, not to a later name in it ("Chilean President Ana Ruiz's envoy").
        Mention owner = null;
        for (Mention m : all) {
            if (m.from() < from || m.to() > end || m.kind() == Kind.PLACE) continue;
            boolean possessive = m.to() < s.size() && s.token(m.to()).isPossessive();
            if (possessive) owner = m;
            else if (owner == null && m.to() <= firstTitle && m.kind() != Kind.PERSON) owner = m;
        }
        // "a spokesman for the Defence Staff": the group the title is of, named after it.
        if (owner == null) {
            for (Mention m : all) {
                if (m.from() > firstTitle && m.to() <= end && (m.kind() == Kind.ORGANIZATION || m.kind() == Kind.COUNTRY)
                        && ofOrFor(s, m) && later(m, owner)) owner = m;
            }
        }
        // Whoever the apposition names ("an aide to President X") only describes the person: not an actor of the event.
        for (int i = 0; i < all.size(); i++) {
            Mention m = all.get(i);
            if (m.isActor() && m.from() >= from && m.to() <= end) all.set(i, m.withUse(Use.TITLE_AFFILIATION));
        }
        return new Mention.Role(s.span(from, end), owner);
    }

    /** The "and" of a compound title, with a title on each side ("Prime Minister and Foreign Minister"). */
    private static boolean compoundAnd(Sentence s, MentionFinder.Tag[] tags, int j) {
        return j > 0 && j + 1 < s.size() && s.token(j).lowerIs("and") && tags[j - 1] == MentionFinder.Tag.TITLE
                && tags[j + 1] == MentionFinder.Tag.TITLE;
    }

    private boolean startsTitle(Sentence s, MentionFinder.Tag[] tags, List<Mention> all, int i) {
        if (i >= s.size()) return false;
        if (tags[i] == MentionFinder.Tag.TITLE || lex.titleModifiers.contains(s.token(i).lower())) return true;
        // "the group's spokesman": a title owned by a common noun.
        if (i + 2 < s.size() && s.token(i).isWord() && s.token(i + 1).isPossessive() && tags[i + 2] == MentionFinder.Tag.TITLE) return true;
        for (Mention m : all) if (m.from() == i && m.kind() != Kind.PLACE) return true;
        return false;
    }

    /**
     * "The Prime Minister of Kosovo, Albin Kurti, said": "the" and a title, a comma, then the name,
     * which ends its clause. The country or organisation in the title is the affiliation.
     */
    private Mention.Role titleThenComma(Sentence s, MentionFinder.Tag[] tags, List<Mention> all, Mention person, int nameStart) {
        int comma = nameStart - 1;
        if (comma < 2 || !s.token(comma).text().equals(",")) return null;
        if (person.to() < s.size() && !s.token(person.to()).isOneOf(CLOSERS)) return null;
        int j = comma - 1;
        while (j >= 0 && comma - j <= MAX_APPOSITION && !s.token(j).isOneOf(CLOSERS)) {
            // A "the" inside a title ("Head of the Naval Staff of the Navy") does not start it.
            boolean inside = j >= 2 && s.token(j - 1).lowerIs("of") && tags[j - 2] == MentionFinder.Tag.TITLE;
            boolean opens = s.token(j).lowerIs("the", "a", "an") && tags[j] != MentionFinder.Tag.TITLE && !inside;
            if (opens && j + 1 < comma && startsTitle(s, tags, all, j + 1)) {
                Mention owner = null;
                // The last group named ("a spokesman for Chile's Defence Staff"): earlier ones own it in turn.
                for (Mention m : all) {
                    if (m.from() > j && m.to() <= comma && m.kind() != Kind.PLACE && m.kind() != Kind.PERSON && later(m, owner)) owner = m;
                }
                boolean hasTitle = false;
                for (int t = j + 1; t < comma; t++) hasTitle |= tags[t] == MentionFinder.Tag.TITLE;
                // "the deputy head of the Coast Guard of Chile,": "the Coast Guard" holds no
                // title, an earlier "the" may.
                if (hasTitle) return new Mention.Role(s.span(j + 1, comma), owner);
            }
            j--;
        }
        return null;
    }

    /** "for the Defence Staff", "of Chile": the group a title is of ("envoy to Chile" is not Chile's). */
    private static boolean ofOrFor(Sentence s, Mention m) {
        int k = m.from() - 1;
        if (k >= 0 && s.token(k).lowerIs("the")) k--;
        return k >= 0 && s.token(k).lowerIs("of", "for");
    }

    /** Whether {@code m} starts after {@code than}, or with it and ends later ("Chilean Army" over "Chilean"). */
    private static boolean later(Mention m, Mention than) {
        return than == null || m.from() > than.from() || m.from() == than.from() && m.to() > than.to();
    }

    private static void markAffiliation(List<Mention> all, Mention affiliation) {
        for (int i = 0; i < all.size(); i++) {
            Mention m = all.get(i);
            if (m.from() == affiliation.from() && m.to() == affiliation.to() && m.isActor()) all.set(i, m.withUse(Use.TITLE_AFFILIATION));
        }
    }

    /**
     * "X said", "X dismissed the meeting", "Novak himself urged": X comments rather than acts.
     * "Mabunda's office": Mabunda owns what acts.
     */
    private Use useOf(Sentence s, Mention m) {
        if (!m.isActor() || m.use() != Use.PLAIN) return m.use();
        int v = m.to();
        if (v < s.size() && s.token(v).isPossessive()) return Use.POSSESSOR;
        for (int k = v; k < Math.min(s.size(), v + 3); k++) {
            String w = s.token(k).lower();
            if (lex.commentaryVerbs.contains(w)) return Use.SPEAKER;
            if (!s.token(k).isWord() || s.token(k).isCapitalised()) break;
        }
        return Use.PLAIN;
    }
}
