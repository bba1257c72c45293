package org.newskg.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds an article's body among the lines of a scraped page.
 *
 * <p>Each line gets a score: sentence-like prose counts for its length, everything else (headlines,
 * labels, code residue, link lists) against it. The body is the contiguous run of lines with the
 * highest total (the maximum-sum subarray), so a run of other stories' headlines stays out even when
 * one of its teasers reads like a sentence, and a sub-heading inside the body stays in. Within the run,
 * only prose lines are kept.
 */
final class BodySelector {
    /** What a line looks like. */
    enum LineKind { PROSE, CAPTION, GARBAGE, LABEL, LINKS, OTHER }

    /** The chosen run of lines [start, end) and the prose paragraphs in it. */
    record Selection(int start, int end, List<String> paragraphs, List<LineKind> kinds) {
        boolean isEmpty() {
            return paragraphs.isEmpty();
        }
    }

    private static final int MIN_WORDS = 6;
    private static final int ALWAYS_PROSE_WORDS = 25;
    /** Prose has some lower-case words even when it is full of names; title-case headlines have none. */
    private static final double MIN_LOWER_SHARE = 0.2;
    private static final int OTHER_PENALTY = 25;
    private static final int LABEL_PENALTY = 100;
    private static final int GARBAGE_PENALTY = 300;
    private static final int CAPTION_PENALTY = 40;

    private final CleaningRules rules;

    BodySelector(CleaningRules rules) {
        this.rules = rules;
    }

    /**
     * @param lines       trimmed, non-blank lines in page order
     * @param linkDensity share of each line's text inside links (all zero for plain text)
     */
    Selection select(List<String> lines, double[] linkDensity) {
        List<LineKind> kinds = new ArrayList<>(lines.size());
        long[] score = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            LineKind kind = classify(line, linkDensity[i]);
            kinds.add(kind);
            score[i] = switch (kind) {
                case PROSE -> line.length();
                case CAPTION -> -CAPTION_PENALTY;
                case GARBAGE -> -(line.length() + GARBAGE_PENALTY);
                case LABEL, LINKS -> -(line.length() + LABEL_PENALTY);
                case OTHER -> -(line.length() + OTHER_PENALTY);
            };
        }
        int bestStart = 0;
        int bestEnd = 0;
        long best = 0;
        long run = 0;
        int runStart = 0;
        for (int i = 0; i < score.length; i++) {
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += score[i];
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i + 1;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = bestStart; i < bestEnd; i++) {
            if (kinds.get(i) == LineKind.PROSE) paragraphs.add(lines.get(i));
        }
        return new Selection(bestStart, bestEnd, paragraphs, kinds);
    }

    LineKind classify(String line, double linkDensity) {
        if (rules.matches(CleaningRules.Kind.GARBAGE, line)) return LineKind.GARBAGE;
        if (rules.matches(CleaningRules.Kind.LABEL, line)) return LineKind.LABEL;
        if (linkDensity > 0.5) return LineKind.LINKS;
        if (rules.matches(CleaningRules.Kind.CAPTION, line)) return LineKind.CAPTION;
        return isSentenceLike(line) ? LineKind.PROSE : LineKind.OTHER;
    }

    /** Prose, not a headline: enough words, mostly lower-case, ending as a sentence ends. */
    static boolean isSentenceLike(String line) {
        String[] tokens = line.trim().split("\\s+");
        int words = 0;
        int lower = 0;
        for (String t : tokens) {
            int cp = firstLetter(t);
            if (cp < 0) continue;
            words++;
            if (Character.isLowerCase(cp)) lower++;
        }
        if (words >= ALWAYS_PROSE_WORDS) return true;
        if (words < MIN_WORDS || lower < words * MIN_LOWER_SHARE) return false;
        return endsLikeSentence(line);
    }

    private static boolean endsLikeSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(line.charAt(i)) >= 0) i--;
        return i >= 0 && ".!?…".indexOf(line.charAt(i)) >= 0;
    }

    private static int firstLetter(String token) {
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (Character.isLetter(cp)) return cp;
            if (Character.isDigit(cp)) return -1;
            i += Character.charCount(cp);
        }
        return -1;
    }
}
