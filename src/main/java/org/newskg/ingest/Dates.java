package org.newskg.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;

/** Date parsing shared by the cleaners. */
final class Dates {
    /** An ISO date, optionally with a time and an offset ("+02:00", "+0200" or "Z"), and nothing else. */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private Dates() {}

    /**
     * The date of a string that is wholly an ISO date or date-time ("2025-04-17",
     * "2025-04-17T23:30:00-05:00"), else null. The date is the one written, i.e. in the publisher's
     * own offset: converting to UTC would move a late-evening article to the next day.
     */
    static LocalDate iso(String s) {
        if (s == null) return null;
        String t = s.strip();
        // "2025-04-17 09:30:00" is how many sites write a date-time (RFC 3339 allows the space).
        if (t.length() > 10 && t.charAt(10) == ' ') t = t.substring(0, 10) + 'T' + t.substring(11);
        try {
            return LocalDate.from(ISO.parse(t));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date a {@code fulldate} pattern matched: month-name day year, or day month-name year. */
    static LocalDate fromFullDate(Matcher m) {
        try {
            boolean monthFirst = Character.isLetter(m.group(1).charAt(0));
            String month = monthFirst ? m.group(1) : m.group(2);
            int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(1));
            int year = Integer.parseInt(m.group(3));
            return LocalDate.of(year, Month.valueOf(month.toUpperCase(Locale.ROOT)), day);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
