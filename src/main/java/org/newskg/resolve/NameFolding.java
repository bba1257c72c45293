package org.newskg.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.Latin;
import org.newskg.Lexicon;

/**
 * The transliteration variants that name keys fold together, all from data: rules by language of
 * origin ({@code transliteration-rules.tsv}), applied only to names that show a marker of that origin
 * ({@code name-origin-markers.tsv}), and listed spellings of one name ({@code name-variants.tsv}).
 * Loaded once.
 */
final class NameFolding {
    private static final String ALWAYS = "always";

    private record Rule(String origin, Pattern find, String replace) {}

    private record Marker(String origin, String kind, String value) {}

    private final List<Rule> rules = Lexicon.get().rows("transliteration-rules.tsv").stream()
            .map(r -> new Rule(r[0], Pattern.compile(r[1]), r[2])).toList();
    private final List<Marker> markers = Lexicon.get().rows("name-origin-markers.tsv").stream()
            .map(r -> new Marker(r[0], r[1], r[2])).toList();
    private final Map<String, String> variants = variants();

    static NameFolding get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final NameFolding INSTANCE = new NameFolding();
    }

    /** The origins a name shows a marker of (see name-origin-markers.tsv). */
    Set<String> origins(String name) {
        Set<String> out = new HashSet<>();
        for (String token : Latin.ascii(name).toLowerCase(Locale.ROOT).split("\\s+")) {
            for (String word : token.split("[^a-z0-9]+")) {
                for (Marker m : markers) if (marks(m, token, word)) out.add(m.origin());
            }
        }
        return out;
    }

    private static boolean marks(Marker m, String token, String word) {
        return switch (m.kind()) {
            case "word" -> word.equals(m.value());
            case "ending" -> word.length() >= m.value().length() + 2 && word.endsWith(m.value());
            case "prefix" -> token.startsWith(m.value());
            default -> throw new IllegalStateException("name-origin-markers.tsv: unknown kind " + m.kind());
        };
    }

    /** One key word folded: a listed spelling becomes the first of its row; else the rules its name's origins license. */
    String fold(String word, Set<String> origins) {
        String listed = variants.get(word);
        if (listed != null) return listed;
        // Words in other scripts are keys as written (NameKeys); the rules are for Latin letters.
        if (!word.matches("[a-z0-9]+")) return word;
        String s = word;
        for (Rule r : rules) {
            if (r.origin().equals(ALWAYS) || origins.contains(r.origin())) s = r.find().matcher(s).replaceAll(r.replace());
        }
        return s;
    }

    private static Map<String, String> variants() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : Lexicon.get().rows("name-variants.tsv")) {
            String[] spellings = row[1].split("\\|");
            for (String s : spellings) out.put(s, spellings[0]);
        }
        return Map.copyOf(out);
    }
}
