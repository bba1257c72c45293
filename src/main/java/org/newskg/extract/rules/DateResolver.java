package org.newskg.extract.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.newskg.extract.Extraction.EventDate;
import org.newskg.extract.Extraction.Precision;
import org.newskg.extract.text.Sentence;

/**
 * Resolves the date expressions of a clause against the article's date: "on April 13", "13 April
 * 2024", "on Thursday" (the last such day, or the next one for planned events), "earlier Thursday",
 * "yesterday", "last week" / "this week" (week precision, dated from the Monday), "last weekend" /
 * "this weekend" (week precision, dated from the Saturday),
 * "last month" (month precision), "in 2018" (year precision).
 */
final class DateResolver {
    /** Days a written date without year may lie after the article before it is read as last year's. */
    private static final int FUTURE_SLACK_DAYS = 45;
    /** Month names as written, full ("April") and short ("Apr", "Sept"). */
    private static final java.util.Map<String, Month> MONTHS = new java.util.HashMap<>();
    private static final java.util.Map<String, DayOfWeek> WEEKDAYS = new java.util.HashMap<>();

    static {
        for (Month m : Month.values()) {
            String name = m.name().charAt(0) + m.name().substring(1).toLowerCase(Locale.ROOT);
            MONTHS.put(name, m);
            MONTHS.put(name.substring(0, 3), m);
        }
        MONTHS.put("Sept", Month.SEPTEMBER);
        for (DayOfWeek d : DayOfWeek.values()) WEEKDAYS.put(d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT), d);
    }
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

    private final LocalDate articleDate;

    DateResolver(LocalDate articleDate) {
        this.articleDate = articleDate;
    }

    /** The first date expression in tokens [from, to) of the sentence, or null. */
    EventDate find(Sentence s, int from, int to, boolean planned) {
        return find(s, from, to, planned, i -> true);
    }

    /** The first date expression in tokens [from, to) whose first token {@code accept} takes, or null. */
    EventDate find(Sentence s, int from, int to, boolean planned, java.util.function.IntPredicate accept) {
        for (int i = from; i < to; i++) {
            EventDate d = at(s, i, to, planned);
            if (d != null && accept.test(i)) return d;
        }
        return null;
    }

    private EventDate at(Sentence s, int i, int to, boolean planned) {
        String w = s.token(i).text();
        String lw = w.toLowerCase(Locale.ROOT);
        Month month = month(w);
        if (month != null) {
            Integer day = i + 1 < to ? dayNumber(s.token(i + 1).text()) : null;
            Integer year = yearAfter(s, i + (day == null ? 1 : 2), to);
            if (day != null) return exact(year, month, day, planned);
            if (year != null) return new EventDate(LocalDate.of(year, month, 1), Precision.month);
            return null;
        }
        Integer day = dayNumber(w);
        if (day != null && i + 1 < to && month(s.token(i + 1).text()) != null) {
            return exact(yearAfter(s, i + 2, to), month(s.token(i + 1).text()), day, planned);
        }
        if (articleDate == null) return null;
        DayOfWeek dow = weekday(w);
        if (dow != null) {
            boolean next = planned || (i > 0 && s.token(i - 1).lower().equals("next"));
            LocalDate d = next ? articleDate.with(TemporalAdjusters.next(dow)) : articleDate.with(TemporalAdjusters.previousOrSame(dow));
            return new EventDate(d, Precision.day);
        }
        String next = i + 1 < to ? s.token(i + 1).lower() : "";
        switch (lw) {
            case "yesterday": return new EventDate(articleDate.minusDays(1), Precision.day);
            case "today": return new EventDate(articleDate, Precision.day);
            case "tomorrow": return new EventDate(articleDate.plusDays(1), Precision.day);
            case "last", "this", "next": return relative(lw, next);
            case "in", "since": return i + 1 < to ? yearOnly(s.token(i + 1).text()) : null;
            default: return null;
        }
    }

    /**
     * "last week", "this month", "next year", "last weekend". A week is dated from its Monday, a
     * weekend from its Saturday. "This weekend" is the one of the article's week: the coming
     * Saturday, or the weekend under way when the article is dated on a Saturday or Sunday; "last
     * weekend" is the one before it, i.e. the latest that ended before the article's day.
     */
    private EventDate relative(String which, String unit) {
        int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
        LocalDate monday = articleDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (unit) {
            case "week" -> new EventDate(monday.plusWeeks(shift), Precision.week);
            case "weekend" -> new EventDate(monday.plusDays(5).plusWeeks(shift), Precision.week);
            case "month" -> new EventDate(articleDate.withDayOfMonth(1).plusMonths(shift), Precision.month);
            case "year" -> new EventDate(articleDate.withDayOfYear(1).plusYears(shift), Precision.year);
            default -> null;
        };
    }

    private EventDate exact(Integer year, Month month, int day, boolean planned) {
        int y = year != null ? year : articleDate != null ? articleDate.getYear() : -1;
        if (y < 0) return null;
        try {
            LocalDate d = LocalDate.of(y, month, day);
            if (year == null && articleDate != null && !planned && d.isAfter(articleDate.plusDays(FUTURE_SLACK_DAYS))) d = d.minusYears(1);
            return new EventDate(d, Precision.day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static EventDate yearOnly(String w) {
        if (!YEAR.matcher(w).matches()) return null;
        return new EventDate(LocalDate.of(Integer.parseInt(w), 1, 1), Precision.year);
    }

    /** A year right after a written date: "April 13, 2025" or "13 April 2025". */
    private static Integer yearAfter(Sentence s, int i, int to) {
        if (i < to && s.token(i).text().equals(",")) i++;
        if (i < to && YEAR.matcher(s.token(i).text()).matches()) return Integer.parseInt(s.token(i).text());
        return null;
    }

    /** "1" to "31" (ordinal suffixes are separate tokens); checked by hand, as it runs on every token. */
    private static Integer dayNumber(String w) {
        if (w.isEmpty() || w.length() > 2 || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(w.length() - 1))) return null;
        int d = Integer.parseInt(w);
        return d >= 1 && d <= 31 ? d : null;
    }

    private static Month month(String w) {
        return MONTHS.get(w);
    }

    private static DayOfWeek weekday(String w) {
        return WEEKDAYS.get(w);
    }
}
