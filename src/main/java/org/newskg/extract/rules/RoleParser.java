package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.rules.Mention.Kind;
import org.newskg.extract.rules.Mention.Use;
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
            if (role == null) role = apposition(s, tags, out, m);
            if (role == null) role = titleThenComma(s, tags, out, m);
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

    /** "Corporals Ana Ruiz, 41, and Tomas Berg": the title before a list of names is each one's. */
    private static Mention.Role sharedInList(List<Mention> out, int i, java.util.Set<Mention.Role> leading) {
        if (i == 0) return null;
        Mention prev = out.get(i - 1);
        if (prev.role() == null || !leading.contains(prev.role()) || !PersonEvidence.listed(prev, out.get(i))) return null;
        return prev.role();
    }

    /** "Chilean Foreign Minister Ana Ruiz", "Chile's top economic negotiator Tomas Berg". */
    private Mention.Role before(Sentence s, MentionFinder.Tag[] tags, List<Mention> all, Mention person) {
        int j = person.from() - 1;
        boolean title = false;
        while (j >= 0 && (tags[j] == MentionFinder.Tag.TITLE || lex.titleModifiers.contains(s.token(j).lower()))) {
            title |= tags[j] == MentionFinder.Tag.TITLE;
            j--;
        }
        if (!title) return null;
        int start = j + 1;
        Mention owner = possessorBefore(s, all, j + 1);
        if (owner != null) start = owner.from();
        return new Mention.Role(s.span(start, person.from()), owner);
    }

    /** The country, organisation or person that owns a title starting at token {@code titleStart}. */
    private Mention possessorBefore(Sentence s, List<Mention> all, int titleStart) {
        int j = titleStart - 1;
        if (j < 0) return null;
        int end = s.token(j).isPossessive() ? j : j + 1;
        for (Mention m : all) {
            if (m.to() == end && m.kind() != Kind.PLACE && (end == j || m.kind() != Kind.PERSON)) return m;
        }
        return null;
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
        // Whoever the apposition names ("an aide to President X") only describes the person: not an actor of the event.
        for (int i = 0; i < all.size(); i++) {
            Mention m = all.get(i);
            if (m.isActor() && m.from() >= from && m.to() <= end) all.set(i, m.withUse(Use.TITLE_AFFILIATION));
        }
        return new Mention.Role(s.span(from, end), owner);
    }

    private boolean startsTitle(Sentence s, MentionFinder.Tag[] tags, List<Mention> all, int i) {
        if (i >= s.size()) return false;
        if (tags[i] == MentionFinder.Tag.TITLE || lex.titleModifiers.contains(s.token(i).lower())) return true;
        for (Mention m : all) if (m.from() == i && m.kind() != Kind.PLACE) return true;
        return false;
    }

    /**
     * "The Prime Minister of Kosovo, Albin Kurti, said": "the" and a title, a comma, then the name,
     * which ends its clause. The country or organisation in the title is the affiliation.
     */
    private Mention.Role titleThenComma(Sentence s, MentionFinder.Tag[] tags, List<Mention> all, Mention person) {
        int comma = person.from() - 1;
        if (comma < 2 || !s.token(comma).text().equals(",")) return null;
        if (person.to() < s.size() && !s.token(person.to()).isOneOf(CLOSERS)) return null;
        int j = comma - 1;
        while (j >= 0 && comma - j <= MAX_APPOSITION && !s.token(j).isOneOf(CLOSERS)) {
            if (s.token(j).lowerIs("the") && j + 1 < comma && startsTitle(s, tags, all, j + 1)) {
                Mention owner = null;
                for (Mention m : all) {
                    if (m.from() > j && m.to() <= comma && m.kind() != Kind.PLACE && m.kind() != Kind.PERSON && owner == null) owner = m;
                }
                boolean hasTitle = false;
                for (int t = j + 1; t < comma; t++) hasTitle |= tags[t] == MentionFinder.Tag.TITLE;
                return hasTitle ? new Mention.Role(s.span(j + 1, comma), owner) : null;
            }
            j--;
        }
        return null;
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
