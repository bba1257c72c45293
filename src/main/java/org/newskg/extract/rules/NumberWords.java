package org.newskg.extract.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.text.Token;

/**
 * Numbers written in words, over one or more tokens: "three", "twenty-five", "two hundred and
 * fifty", "a thousand", "one thousand two hundred". The words and how they join are data
 * ({@code lexicon/number-words.tsv}).
 */
final class NumberWords {
    /** A number read from tokens [start, end). */
    record Count(long value, int end) {}

    private enum Kind { PLAIN, SCALE, LEAD, JOINER }

    private record Word(long value, Kind kind) {}

    private final Map<String, Word> words = new HashMap<>();

    /** Rows of {@code word <TAB> value [<TAB> scale|lead|joiner]}. */
    NumberWords(List<String[]> rows) {
        for (String[] row : rows) {
            Kind kind = row.length > 2 && !row[2].isBlank() ? Kind.valueOf(row[2].strip().toUpperCase(java.util.Locale.ROOT)) : Kind.PLAIN;
            words.put(row[0], new Word(Long.parseLong(row[1]), kind));
        }
    }

    /** The number written in words from token {@code i} (before {@code to}), or null when none starts there. */
    Count read(List<Token> tokens, int i, int to) {
        long total = 0;
        long group = 0;
        boolean any = false;
        int end = i;
        for (int j = i; j < to; j++) {
            String w = tokens.get(j).lower();
            Word word = w.indexOf('-') > 0 ? hyphenated(w) : words.get(w);
            if (word == null) break;
            Kind next = j + 1 < to ? kindOf(tokens.get(j + 1).lower()) : null;
            if (word.kind == Kind.LEAD) {
                // "a" is a number only in "a hundred"; elsewhere it is an article.
                if (j > i || next != Kind.SCALE) break;
                group = 1;
            } else if (word.kind == Kind.JOINER) {
                if (!any || total + group < 100 || next != Kind.PLAIN) break;
            } else if (word.kind == Kind.SCALE) {
                if (word.value < 1000 && group >= word.value) break;
                long times = (group == 0 ? 1 : group) * word.value;
                if (word.value < 1000) {
                    group = times;
                } else {
                    total += times;
                    group = 0;
                }
                any = true;
                end = j + 1;
            } else {
                if (any && !fits(group, word.value)) break;
                group += word.value;
                any = true;
                end = j + 1;
            }
        }
        return any ? new Count(total + group, end) : null;
    }

    /** Whether a plain number word can follow {@code group}: "fifty" after "two hundred", "five" after "twenty". */
    private static boolean fits(long group, long value) {
        long tail = group % 100;
        return tail == 0 ? value < 100 : tail >= 20 && tail % 10 == 0 && value < 10;
    }

    /** "twenty-five": tens and a unit joined by a hyphen. */
    private Word hyphenated(String w) {
        String[] parts = w.split("-");
        if (parts.length != 2) return null;
        Word tens = words.get(parts[0]);
        Word unit = words.get(parts[1]);
        if (tens == null || unit == null || tens.kind != Kind.PLAIN || unit.kind != Kind.PLAIN) return null;
        if (!fits(tens.value, unit.value) || tens.value % 100 == 0) return null;
        return new Word(tens.value + unit.value, Kind.PLAIN);
    }

    private Kind kindOf(String w) {
        if (w.indexOf('-') > 0) return hyphenated(w) == null ? null : Kind.PLAIN;
        Word word = words.get(w);
        return word == null ? null : word.kind;
    }
}
