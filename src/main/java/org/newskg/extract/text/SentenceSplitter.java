package org.newskg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.Lexicon;

/**
 * Splits cleaned text into sentences: paragraphs first, then at a period, question or exclamation
 * mark (with any closing quotes) followed by a space and a capital, digit or opening quote, unless the
 * word before the period is an abbreviation ({@code lexicon/abbreviations.txt}) or an initial.
 */
public final class SentenceSplitter {
    private final Set<String> abbreviations;

    public SentenceSplitter(Lexicon lexicon) {
        this.abbreviations = lexicon.words("abbreviations.txt");
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int paraEnd = text.indexOf("\n\n", i);
            if (paraEnd < 0) paraEnd = n;
            splitParagraph(text, i, paraEnd, out);
            i = paraEnd + 2;
        }
        return out;
    }

    private void splitParagraph(String text, int from, int to, List<Sentence> out) {
        int start = skipSpace(text, from, to);
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int end = i + 1;
            while (end < to && "\"'”’)".indexOf(text.charAt(end)) >= 0) end++;
            if (end >= to) break;
            if (!Character.isWhitespace(text.charAt(end))) continue;
            int next = skipSpace(text, end, to);
            if (next >= to || !startsSentence(text.charAt(next))) continue;
            if (c == '.' && (isAbbreviation(text, start, i) || text.startsWith("..", i - 1))) continue;
            add(text, start, end, out);
            start = next;
            i = next - 1;
        }
        if (start < to) add(text, start, trimEnd(text, start, to), out);
    }

    private boolean isAbbreviation(String text, int sentenceStart, int period) {
        int w = period;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') w--;
        String word = text.substring(w, period);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;   // an initial: "J. Smith"
        return abbreviations.contains(word);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘(".indexOf(c) >= 0;
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return to;
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        if (end <= start) return;
        out.add(new Sentence(out.size(), start, end, text.substring(start, end), Tokenizer.tokenize(text, start, end)));
    }
}
