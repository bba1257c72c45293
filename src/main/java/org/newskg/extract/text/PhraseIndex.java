package org.newskg.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of one or more tokens, each with values, found in a sentence by longest match. Keys ignore
 * accents and apostrophe style; with {@code caseSensitive} false they ignore case too.
 */
public final class PhraseIndex<T> {
    /** A phrase found at a token position: its values and how many tokens it covers. */
    public record Match<T>(List<T> values, int length) {}

    private static final int MAX_TOKENS = 8;
    /** Combining marks, dropped with accents: compiled once, not on every non-ASCII token. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** A trie over token keys: walking a sentence builds no strings. */
    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        List<T> values;
    }

    private final Node<T> root = new Node<>();
    private final boolean caseSensitive;

    public PhraseIndex(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    public void add(String phrase, T value) {
        List<Token> tokens = Tokenizer.tokenize(phrase, 0, phrase.length());
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) return;
        Node<T> node = root;
        for (Token t : tokens) node = node.next.computeIfAbsent(key(t), k -> new Node<>());
        if (node.values == null) node.values = new ArrayList<>(1);
        if (!node.values.contains(value)) node.values.add(value);
    }

    /** The longest phrase that starts at token {@code i}, or null. */
    public Match<T> longestAt(List<Token> tokens, int i) {
        Node<T> node = root;
        Match<T> best = null;
        for (int k = i; k < tokens.size() && k - i < MAX_TOKENS; k++) {
            node = node.next.get(key(tokens.get(k)));
            if (node == null) break;
            if (node.values != null) best = new Match<>(node.values, k - i + 1);
        }
        return best;
    }

    /** The values of exactly {@code phrase}, or an empty list. */
    public List<T> get(String phrase) {
        Node<T> node = root;
        for (Token t : Tokenizer.tokenize(phrase, 0, phrase.length())) {
            node = node.next.get(key(t));
            if (node == null) return List.of();
        }
        return node.values == null ? List.of() : node.values;
    }

    private String key(Token t) {
        return caseSensitive ? t.key() : t.lowerKey();
    }

    /** Accents dropped, one apostrophe, hyphen kept. */
    static String normalise(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (ascii) return s;
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").replace('’', '\'');
    }
}
