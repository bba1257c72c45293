package org.newskg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.newskg.id.ArticleUrls;

/**
 * Cleans scraped plain text: header lines ({@code title:}, {@code date:}, {@code url:}, or a
 * {@code date 2025-04-17 Headline} line) at the top, then the body chosen by {@link BodySelector}.
 */
public final class PlainTextCleaner implements PageCleaner {
    private static final int MAX_HEADER_LINES = 6;
    private static final int MIN_TITLE_WORDS = 3;

    private final CleaningRules rules;
    private final BodySelector selector;

    public PlainTextCleaner() {
        this(CleaningRules.defaults());
    }

    PlainTextCleaner(CleaningRules rules) {
        this.rules = rules;
        this.selector = new BodySelector(rules);
    }

    /** How far into the body a date line of the page's own may stand (teasers and bylines come first). */
    private static final int TOP_LINES = 6;

    @Override
    public CleanedPage clean(String raw) {
        List<String> lines = new ArrayList<>();
        for (String l : raw.split("\\R")) {
            String t = l.strip();
            if (!t.isEmpty()) lines.add(t);
        }
        String title = null;
        String url = null;
        LocalDate date = null;
        int first = 0;
        for (; first < Math.min(lines.size(), MAX_HEADER_LINES); first++) {
            String line = lines.get(first);
            Optional<Matcher> m;
            if ((m = rules.find(CleaningRules.Kind.HEADER_DATE, line)).isPresent()) {
                date = Dates.iso(m.get().group(1));
                String rest = m.get().group(2) == null ? "" : m.get().group(2).strip();
                if (!rest.isEmpty() && title == null) title = rest;
            } else if ((m = rules.find(CleaningRules.Kind.HEADER_TITLE, line)).isPresent()) {
                title = m.get().group(1).strip();
            } else if ((m = rules.find(CleaningRules.Kind.HEADER_URL, line)).isPresent()) {
                url = ArticleUrls.identity(m.get().group(1));
            } else {
                break;
            }
        }
        List<String> rest = lines.subList(first, lines.size());
        BodySelector.Selection body = selector.select(rest, new double[rest.size()]);
        List<String> before = rest.subList(0, body.start());
        Article.DateSource dateSource = date != null ? Article.DateSource.METADATA : Article.DateSource.NONE;
        if (date == null) {
            date = dateWrittenIn(furnitureAtTheTop(rest, body));
            if (date != null) dateSource = Article.DateSource.TEXT;
        }
        if (title == null) title = headlineIn(before, body.kinds());
        return new CleanedPage(title, date, dateSource, url, body.paragraphs());
    }

    /**
     * The lines before the body, and the lines of the body's first few that are not prose ("Published on
     * Mar 9, 2021", "Source: Coast Wire | 2019-03-02"): where a page states its own date. Prose is left out,
     * since a sentence's full date is an event's, not the page's.
     */
    private static List<String> furnitureAtTheTop(List<String> rest, BodySelector.Selection body) {
        List<String> out = new ArrayList<>(rest.subList(0, body.start()));
        for (int i = body.start(); i < Math.min(body.end(), body.start() + TOP_LINES); i++) {
            if (body.kinds().get(i) != BodySelector.LineKind.PROSE) out.add(rest.get(i));
        }
        return out;
    }

    /** A full date in the lines before the body (dateline, caption): usually the day of publication. */
    private LocalDate dateWrittenIn(List<String> lines) {
        for (String line : lines) {
            Optional<Matcher> m = rules.find(CleaningRules.Kind.FULLDATE, line);
            if (m.isPresent()) {
                LocalDate d = Dates.fromFullDate(m.get());
                if (d != null) return d;
            }
        }
        return null;
    }

    /** The first headline-like line before the body: not prose, not furniture, a few words long. */
    private static String headlineIn(List<String> lines, List<BodySelector.LineKind> kinds) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (kinds.get(i) == BodySelector.LineKind.OTHER
                    && line.split("\\s+").length >= MIN_TITLE_WORDS
                    && !line.equals(line.toUpperCase())) {
                return line;
            }
        }
        return null;
    }
}
