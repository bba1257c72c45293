package org.newskg.extract.text;

import java.util.List;

/**
 * A sentence of the cleaned text with its tokens.
 *
 * @param index position in the article
 * @param start offset of its first character
 * @param end   offset just past its last character
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The text of tokens [from, to) as written in the article, spacing included. */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }
}
