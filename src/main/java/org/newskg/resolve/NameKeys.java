package org.newskg.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.Latin;
import org.newskg.Lexicon;

/**
 * Keys under which spellings of one name meet: transliterations of Slavic and Persian names vary
 * in a few regular ways, which these rules fold together: final -iy/-yy/-ii/-yi (Ostrovskiy,
 * Ostrovskyy, Ostrovsky), h for g (Olha, Olga; Oleh, Oleg), gh for q (Baghai, Baqai), doubled
 * letters, accents, case, hyphens and apostrophes. Names in Cyrillic, Greek, Armenian and Georgian
 * are compared in Latin letters ({@link Latin}); a word in another script is its own key.
 */
public final class NameKeys {
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "de", "da", "van", "von", "der");
    private static final Set<String> ROMANISED = Lexicon.get().words("romanised-scripts.txt");

    private NameKeys() {}

    /** The key of a whole name: each word's key, space-separated. */
    public static String name(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : words(name)) {
            if (b.length() > 0) b.append(' ');
            b.append(word(w));
        }
        return b.toString();
    }

    /** The key of a name's last word (its surname, in the names news reports). */
    public static String surname(String name) {
        String[] w = words(name);
        return w.length == 0 ? "" : word(w[w.length - 1]);
    }

    /** The key of a name's first word, or "" for a one-word name. */
    public static String givenName(String name) {
        String[] w = words(name);
        return w.length < 2 ? "" : word(w[0]);
    }

    static String[] words(String name) {
        List<String> out = new ArrayList<>();
        for (String token : Normalizer.normalize(name, Normalizer.Form.NFC).split("[^\\p{L}\\p{M}\\p{N}'’`]+")) {
            if (token.isEmpty()) continue;
            if (!romanised(token)) {
                out.add(token.toLowerCase(Locale.ROOT).replaceAll("['’`]", ""));
                continue;
            }
            String ascii = Normalizer.normalize(Latin.ascii(token), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
            for (String w : ascii.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").split("[^a-z0-9]+")) {
                // "al-Sisi" and "Sisi", "bin Salman" and "Salman": particles are not part of the key.
                if (!w.isEmpty() && !PARTICLES.contains(w)) out.add(w);
            }
        }
        return out.toArray(new String[0]);
    }

    /** Whether a word is compared in Latin letters: every letter Latin or of a script in romanised-scripts.txt. */
    private static boolean romanised(String word) {
        return word.codePoints().allMatch(c -> !Character.isLetterOrDigit(c) || Latin.isLatinOrCommon(c)
                || ROMANISED.contains(Character.UnicodeScript.of(c).name()));
    }

    /** One word folded: the rules of the class comment, in an order that keeps them independent. */
    static String word(String w) {
        String s = w.replaceAll("(iy|yy|ii|yi|ij)$", "y");
        s = s.replace("gh", "q");
        s = s.replaceAll("(?<![kcszt])h", "g");
        s = s.replaceAll("(.)\\1+", "$1");
        return s;
    }
}
