package org.newskg.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.Latin;
import org.newskg.Lexicon;

/**
 * Keys under which spellings of one name meet. Accents, case, hyphens, apostrophes and particles
 * ("al-", "bin", "van") never count. Transliteration variants count only where data licenses them
 * ({@link NameFolding}): final -iy/-yy/-ii/-yi of Slavic names (Syrskyi, Syrskiy, Syrsky); Ukrainian h
 * for Russian g, iu/ia for yu/ya in names marked Ukrainian (Shmyhal, Shmygal); gh/q, ou/u, doubled
 * letters in names marked Arabic or Persian (Araghchi, Araqchi; Hassan, Hasan); listed spellings of
 * given names (Olha, Olga; Mohammed, Muhammad). No blanket rule: Hill and Gill, Moore and More stay
 * two people. Names in Cyrillic, Greek, Armenian and Georgian are compared in Latin letters
 * ({@link Latin}); a word in another script is its own key.
 */
public final class NameKeys {
    private static final Set<String> PARTICLES = Lexicon.get().words("name-key-particles.txt");
    private static final Set<String> ROMANISED = Lexicon.get().words("romanised-scripts.txt");

    private NameKeys() {}

    /** The key of a whole name: each word's key, space-separated. */
    public static String name(String name) {
        return String.join(" ", keys(name));
    }

    /** The key of a name's last word (its surname, in the names news reports). */
    public static String surname(String name) {
        List<String> k = keys(name);
        return k.isEmpty() ? "" : k.get(k.size() - 1);
    }

    /**
     * The keys a name's surname may be looked up by: folded as part of the whole name, and folded
     * alone, as a report that gives only the surname has it ("Shmyhal" of "Denys Shmyhal").
     */
    static Set<String> surnames(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(surname(name));
        String[] w = words(name);
        if (w.length > 0) out.add(surname(w[w.length - 1]));
        return out;
    }

    /** The key of a name's first word, or "" for a one-word name. */
    public static String givenName(String name) {
        List<String> k = keys(name);
        return k.size() < 2 ? "" : k.get(0);
    }

    /** Each word folded with the rules the whole name licenses (a given name can mark the surname's origin). */
    private static List<String> keys(String name) {
        NameFolding folding = NameFolding.get();
        Set<String> origins = folding.origins(name);
        List<String> out = new ArrayList<>();
        for (String w : words(name)) out.add(folding.fold(w, origins));
        return out;
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
}
