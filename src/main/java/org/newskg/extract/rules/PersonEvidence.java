package org.newskg.extract.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extract.rules.Mention.Kind;

/**
 * A capitalised run is a person only with person evidence somewhere in the article: a title
 * ("General X", "X, the group's spokesman"), a verb of speech or "who" or "met" after it, a relative
 * ("X's widow"), or a first word
 * that is a known given name. Without it, "Counter Terrorism" or "Tudun Biri" is a thing or a
 * place, not someone.
 */
final class PersonEvidence {
    private final RuleLexicon lex = RuleLexicon.get();

    /** The keys of the full names (two words or more) that have evidence in at least one mention. */
    Set<String> evidenced(List<Mention> mentions) {
        Set<String> out = new HashSet<>();
        for (Mention m : mentions) {
            if (m.kind() == Kind.PERSON && m.key() != null && hasEvidence(m)) out.add(m.key());
        }
        // "Mekonnen, who ...": a surname's evidence is its full name's.
        for (Mention m : mentions) {
            if (m.kind() == Kind.PERSON && m.key() != null && m.to() - m.from() >= 2) {
                String key = m.key();
                if (out.contains(key.substring(key.lastIndexOf(' ') + 1))) out.add(key);
            }
        }
        // "Corporals Ana Ruiz, Tomas Berg and Lena Park": the names of one list are people together.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i + 1 < mentions.size(); i++) {
                Mention a = mentions.get(i);
                Mention b = mentions.get(i + 1);
                if (!listed(a, b)) continue;
                if (out.contains(a.key()) || out.contains(b.key())) {
                    out.add(a.key());
                    out.add(b.key());
                }
            }
        }
        return out;
    }

    /** Two people's names next in one list, with only commas, "and" or an age between them ("Ana Ruiz, 41, and Tomas Berg"). */
    static boolean listed(Mention a, Mention b) {
        if (a.kind() != Kind.PERSON || b.kind() != Kind.PERSON || a.key() == null || b.key() == null) return false;
        if (a.sentence() != b.sentence() || b.from() <= a.to()) return false;
        for (int k = a.to(); k < b.from(); k++) if (!a.sentence().token(k).lowerIs(",", "and") && !a.sentence().token(k).isNumber()) return false;
        return b.from() - a.to() <= 4;
    }

    private boolean hasEvidence(Mention m) {
        if (m.role() != null || m.use() == Mention.Use.SPEAKER) return true;
        // "X, who ...", "X met ...": said of people.
        int next = m.to();
        if (next < m.sentence().size() && m.sentence().token(next).text().equals(",")) next++;
        if (next < m.sentence().size() && m.sentence().token(next).lowerIs("who", "whose", "met")) return true;
        // "X's widow", "X's brother-in-law": only people have relatives.
        int after = m.to();
        if (after + 1 < m.sentence().size() && m.sentence().token(after).isPossessive()
                && lex.kinshipNouns.contains(m.sentence().token(after + 1).lower())) return true;
        return lex.givenNames.contains(m.sentence().token(m.from()).text().toLowerCase(Locale.ROOT));
    }
}
