package org.newskg.resolve;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Keys under which spellings of one name meet: transliterations of Slavic and Persian names vary
 * in a few regular ways, which these rules fold together: final -iy/-yy/-ii/-yi (Ostrovskiy,
 * Ostrovskyy, Ostrovsky), h for g (Olha, Olga; Oleh, Oleg), gh for q (Baghai, Baqai), doubled
 * letters, accents, case, hyphens and apostrophes.
 */
public final class NameKeys {
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
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("[^a-z0-9]+", " ").strip();
        // "al-Sisi" and "Sisi", "bin Salman" and "Salman": particles are not part of the key.
        s = s.replaceAll("\\b(al|el|bin|ibn|abu|de|da|van|von|der)\\b ?", "").strip();
        return s.isEmpty() ? new String[0] : s.split(" ");
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
