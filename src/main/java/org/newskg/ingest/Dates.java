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

    /** Months by the first three letters of their names: "Sept." and "September" are both September. */
    private static Month month(String name) {
        String head = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) if (m.name().startsWith(head)) return m;
        throw new IllegalArgumentException("no month " + name);
    }

    /** The date a {@code fulldate} pattern matched (named groups y, d, and mon or m), or null when there is no such day. */
    static LocalDate fromFullDate(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("y"));
            int day = Integer.parseInt(m.group("d"));
            String name = group(m, "mon");
            return LocalDate.of(year, name != null ? month(name) : Month.of(Integer.parseInt(m.group("m"))), day);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
