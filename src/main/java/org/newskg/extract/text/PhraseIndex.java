package org.newskg.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases of one or more tokens, each with values, found in a sentence by longest match. Keys ignore
 * accents and apostrophe style; with {@code caseSensitive} false they ignore case too.
 */
public final class PhraseIndex<T> {
    /** A phrase found at a token position: its values and how many tokens it covers. */
    public record Match<T>(List<T> values, int length) {}

    private static final int MAX_TOKENS = 8;
    private final Map<String, List<T>> phrases = new HashMap<>();
    private final boolean caseSensitive;
    private int longest = 1;

    public PhraseIndex(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    public void add(String phrase, T value) {
        List<Token> tokens = Tokenizer.tokenize(phrase, 0, phrase.length());
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) return;
        longest = Math.max(longest, tokens.size());
        List<T> values = phrases.computeIfAbsent(key(tokens, 0, tokens.size()), k -> new ArrayList<>(1));
        if (!values.contains(value)) values.add(value);
    }

    /** The longest phrase that starts at token {@code i}, or null. */
    public Match<T> longestAt(List<Token> tokens, int i) {
        for (int len = Math.min(longest, tokens.size() - i); len >= 1; len--) {
            List<T> v = phrases.get(key(tokens, i, i + len));
            if (v != null) return new Match<>(v, len);
        }
        return null;
    }

    /** The values of exactly {@code phrase}, or an empty list. */
    public List<T> get(String phrase) {
        List<Token> tokens = Tokenizer.tokenize(phrase, 0, phrase.length());
        return phrases.getOrDefault(key(tokens, 0, tokens.size()), List.of());
    }

    private String key(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) b.append(' ');
            b.append(normalise(tokens.get(i).text()));
        }
        return caseSensitive ? b.toString() : b.toString().toLowerCase(Locale.ROOT);
    }

    /** Accents dropped, one apostrophe, hyphen kept. */
    static String normalise(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (ascii) return s;
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").replace('’', '\'');
    }
}
