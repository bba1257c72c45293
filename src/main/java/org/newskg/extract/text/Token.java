package org.newskg.extract.text;

/**
 * One token of the cleaned text.
 *
 * @param text  as written
 * @param start offset in the article text (UTF-16 units)
 * @param end   offset just past the token
 * @param index position in its sentence
 */
public record Token(String text, int start, int end, int index, String key, String lowerKey) {
    /** A token whose lookup keys are computed from its text. */
    public Token(String text, int start, int end, int index) {
        this(text, start, end, index, PhraseIndex.normalise(text));
    }

    private Token(String text, int start, int end, int index, String key) {
        this(text, start, end, index, key, key.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the token, in lower case, is one of {@code words}. */
    public boolean lowerIs(String... words) {
        for (String w : words) if (lowerKey.equals(w)) return true;
        return false;
    }

    /** Whether the token is a single character among {@code chars}. */
    public boolean isOneOf(String chars) {
        return text.length() == 1 && chars.indexOf(text.charAt(0)) >= 0;
    }

    /** Starts with an upper-case letter (or is a dotted acronym such as "U.S."). */
    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }

    public boolean isNumber() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /** The possessive marker split off a word ("Mabunda's" is "Mabunda" + "'s"). */
    public boolean isPossessive() {
        return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
    }

    public String lower() {
        return lowerKey;
    }
}
