package org.newskg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words, numbers and punctuation, with offsets. Dotted acronyms ("U.S.") stay one
 * token; a possessive ending ("'s") becomes a token of its own, so "Mabunda's" reads as "Mabunda" + "'s".
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                   // U.S., U.K.
            + "|\\p{L}[\\p{L}\\p{M}\\p{Nd}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}\\p{Nd}]*)*"  // words, al-Sisi, O'Neill
            + "|\\d+(?:[.,]\\d+)*"                                 // 35, 1,200, 0.78
            + "|\\S");

    private Tokenizer() {}

    /** Tokens of {@code text[from, to)}, offsets relative to {@code text}. */
    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String t = m.group();
            int s = m.start();
            int possessive = possessiveAt(t);
            if (possessive > 0) {
                out.add(new Token(t.substring(0, possessive), s, s + possessive, out.size()));
                out.add(new Token(t.substring(possessive), s + possessive, m.end(), out.size()));
            } else {
                out.add(new Token(t, s, m.end(), out.size()));
            }
        }
        return out;
    }

    /** Where a trailing "'s" begins, or -1. */
    private static int possessiveAt(String t) {
        int n = t.length();
        if (n > 2 && (t.charAt(n - 1) == 's') && (t.charAt(n - 2) == '\'' || t.charAt(n - 2) == '’')) return n - 2;
        return -1;
    }
}
