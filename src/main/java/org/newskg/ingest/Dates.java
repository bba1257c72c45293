package org.newskg.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;

/** Date parsing shared by the cleaners. */
final class Dates {
    private Dates() {}

    /** The date at the start of an ISO date or date-time ("2025-04-17", "2025-04-17T09:30:00Z"), or null. */
    static LocalDate isoPrefix(String s) {
        if (s == null) return null;
        String t = s.trim();
        if (t.length() < 10) return null;
        try {
            return LocalDate.parse(t.substring(0, 10));
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
