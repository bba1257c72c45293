package org.newskg.resolve;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.newskg.extract.Extraction.Precision;

/**
 * What identifies an event for fusion: kind, place, date (with precision), actors, attacker, topic.
 * Two signatures match when nothing contradicts and enough agrees (see {@link #matches}).
 */
record EventSignature(String iri, String kind, String place, LocalDate date, Precision precision, Set<String> actors,
                      String attacker, String topic, Integer killed) {
    EventSignature {
        actors = Set.copyOf(actors);
    }

    /**
     * Same kind; places equal or one unknown; dates compatible or one unknown; and then: meetings that
     * agree on day and place, or on one of them with a shared participant; attacks at the same place
     * on the same day, or by the same attacker with a similar toll where one day is unknown;
     * negotiations on the same topic with a shared party.
     */
    boolean matches(EventSignature o) {
        if (!kind.equals(o.kind)) return false;
        boolean samePlace = place != null && place.equals(o.place);
        boolean placeOk = samePlace || place == null || o.place == null;
        boolean sameDay = date != null && o.date != null && precision == Precision.day && o.precision == Precision.day && date.equals(o.date);
        boolean dateOk = date == null || o.date == null || overlaps(o);
        if (!placeOk || !dateOk) return false;
        Set<String> shared = new HashSet<>(actors);
        shared.retainAll(o.actors);
        boolean sameAttacker = attacker != null && attacker.equals(o.attacker);
        return switch (kind) {
            case "Meeting" -> samePlace && sameDay || (samePlace || sameDay) && !shared.isEmpty();
            case "Attack" -> samePlace && (sameDay || (date == null || o.date == null) && sameAttacker && similarToll(o))
                    || sameDay && sameAttacker && killed != null && killed.equals(o.killed);
            default -> topic != null && topic.equals(o.topic) && !shared.isEmpty();
        };
    }

    /** Tolls that could be one event's, as sources report it: unknown on a side, or within a fifth of each other. */
    private boolean similarToll(EventSignature o) {
        if (killed == null || o.killed == null) return true;
        int low = Math.min(killed, o.killed);
        int high = Math.max(killed, o.killed);
        return high == 0 || low >= 0.8 * high;
    }

    /** Whether the date windows (a day, a week, a month, a year) overlap. */
    private boolean overlaps(EventSignature o) {
        return !end().isBefore(o.date) && !o.end().isBefore(date);
    }

    private LocalDate end() {
        return switch (precision == null ? Precision.day : precision) {
            case day -> date;
            case week -> date.plusDays(6);
            case month -> date.plusMonths(1).minusDays(1);
            case year -> date.plusYears(1).minusDays(1);
        };
    }
}
