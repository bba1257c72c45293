package org.newskg.extract.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.newskg.extract.rules.Mention.Kind;
import org.newskg.extract.text.PhraseIndex;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Token;

/**
 * The full extent of an organisation's name around the capitalised run that holds its keyword:
 * "Ministry of External Affairs", "Government of National Unity" (of/for and what follows),
 * "Security and Stability Apparatus" (a run joined by "and"), "Kosovo Police" (a country before
 * it), "35th Infantry Battalion" (an ordinal); and organisations written in lower case after a
 * country ("the Turkish army", "Qatar's foreign ministry": {@code org-nouns.txt}).
 */
final class OrgNames {
    /** "Erbil-based", "Houthi-run": describe the organisation, are not part of its name. */
    private static final Pattern DESCRIBERS = Pattern.compile("\\p{Lu}\\S*-(based|run|owned|funded)");
    private final RuleLexicon lex = RuleLexicon.get();

    /** The first token of the name, moved back over "X and" or a country, forward over "Erbil-based". */
    int start(Sentence s, MentionFinder.Tag[] tags, int from, List<Mention> out) {
        while (from < s.size() - 1 && DESCRIBERS.matcher(s.token(from).text()).matches()) from++;
        if (from >= 3 && s.token(from - 1).lowerIs("and") && plainCapitalised(s, tags, from - 2)) {
            int k = from - 2;
            while (k > 0 && plainCapitalised(s, tags, k - 1)) k--;
            return k;
        }
        if (from >= 2 && s.token(from - 1).lowerIs("th", "st", "nd", "rd") && s.token(from - 2).isNumber()
                && s.token(from - 2).end() == s.token(from - 1).start()) {
            return from - 2;
        }
        for (Mention m : out) {
            if (m.kind() == Kind.COUNTRY && m.to() == from) return m.from();
        }
        return from;
    }

    /** The token just past the name: "of"/"for" [the] and a capitalised run go with it. */
    int end(Sentence s, MentionFinder.Tag[] tags, int to) {
        int k = to;
        if (k < s.size() && s.token(k).lowerIs("of", "for")) {
            int j = k + 1;
            if (j < s.size() && s.token(j).lowerIs("the")) j++;
            int e = j;
            while (e < s.size() && (capitalisedWord(s, tags, e)
                    || s.token(e).lowerIs("and") && e + 1 < s.size() && capitalisedWord(s, tags, e + 1) && e > j)) e++;
            if (e > j) return e;
        }
        return to;
    }

    /** "the Turkish army", "Qatar's foreign ministry": a country, then a lower-case organisation noun. */
    void lowerCase(Sentence s, MentionFinder.Tag[] tags, List<Mention> out) {
        for (int i = 0; i < out.size(); i++) {
            Mention c = out.get(i);
            if (c.kind() != Kind.COUNTRY || c.use() != Mention.Use.PLAIN) continue;
            int k = c.to();
            if (k < s.size() && s.token(k).isPossessive()) k++;
            if (k >= s.size() || tags[k] != MentionFinder.Tag.NONE || s.token(k).isCapitalised()) continue;
            PhraseIndex.Match<String> noun = lex.orgNouns.longestAt(s.tokens(), k);
            if (noun == null) continue;
            int end = k + noun.length();
            // "the Turkish army chief": a title follows, so the army is an affiliation in it, still an organisation.
            // Named without the possessive ("Myanmar military"); "Myanmar's military" stays an alias.
            String name = s.span(c.from(), c.to()) + " " + s.span(k, end);
            out.add(new Mention(Kind.ORGANIZATION, s, c.from(), end, name, null, null, Mention.Use.PLAIN));
            out.set(i, c.withUse(Mention.Use.TITLE_AFFILIATION));
            for (int t = c.from(); t < end; t++) tags[t] = MentionFinder.Tag.GAZ;
        }
    }

    private static boolean plainCapitalised(Sentence s, MentionFinder.Tag[] tags, int i) {
        Token t = s.token(i);
        return tags[i] != MentionFinder.Tag.TITLE && tags[i] != MentionFinder.Tag.GAZ && t.isWord() && t.isCapitalised();
    }

    private static boolean capitalisedWord(Sentence s, MentionFinder.Tag[] tags, int i) {
        Token t = s.token(i);
        return tags[i] != MentionFinder.Tag.TITLE && t.isWord() && t.isCapitalised();
    }
}
