package org.newskg.resolve;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.newskg.extract.Extraction.Precision;
import org.newskg.id.Iris;

/**
 * What identifies an event for fusion, as one article reports it: kind, place, date (with precision),
 * actors, attacker, topic, toll; and the report's article with that article's own date, which bounds
 * an event the article gives no date (see {@link #ARTICLE_WINDOW_DAYS}, {@link #NEGOTIATION_ARTICLE_WINDOW_DAYS}). Two signatures match when
 * nothing contradicts and enough agrees (see {@link #matches}).
 *
 * @param article     the IRI of the article that reports it, so that an article never matches itself
 * @param articleDate the article's own date (from its page or header), or null when it has none
 *                    (dated only by its file's time, or inferred: neither may bound an event)
 */
public record EventSignature(String iri, String article, String kind, String place, LocalDate date, Precision precision,
                      LocalDate articleDate, Set<String> actors, String attacker, String topic, Integer killed) {
    /**
     * A meeting or an attack without a date of its own happened within this many days of its article's
     * date, before or after: reports look back at what happened, plans look ahead. Wide enough for "last
     * month" and "next month"; narrow enough that one year's meeting never meets the next year's.
     */
    static final int ARTICLE_WINDOW_DAYS = 31;
    /**
     * A negotiation runs for months, and an article that mentions it without a date speaks of a process
     * alive within about a quarter of the article's date: a truce plan of one year still never meets
     * one of the next.
     */
    static final int NEGOTIATION_ARTICLE_WINDOW_DAYS = 92;
    /**
     * A negotiation is a process, and its reports date its steps (proposed on Monday, accepted on
     * Wednesday): two dated reports of one negotiation may lie this many days apart.
     */
    static final int NEGOTIATION_STEP_DAYS = 14;

    public EventSignature {
        actors = Set.copyOf(actors);
    }

    /**
     * Same kind; places equal or one unknown; time windows overlapping (an event's own date, else its
     * article's window; one side unknown passes); and then: meetings that agree on day and place
     * (unless they are {@linkplain #strangers strangers}), or on one of them with a shared
     * participant; attacks at the same place on the same day, or by the same
     * attacker with a similar toll where one day is unknown, never by two different attackers;
     * negotiations on the same topic with a shared party and more (a second shared party, the same
     * place, or own dates that agree), sharing most parties of the report that names fewer. Each report
     * of an event is matched on its own, so a weaker rule would chain talks through parties one report
     * names and the next shares (one corpus made a "peace deal" of 324 parties that way).
     */
    boolean matches(EventSignature o) {
        if (!kind.equals(o.kind)) return false;
        boolean samePlace = place != null && place.equals(o.place);
        boolean placeOk = samePlace || place == null || o.place == null;
        boolean sameDay = date != null && o.date != null && precision == Precision.day && o.precision == Precision.day && date.equals(o.date);
        if (!placeOk || !timesOverlap(o)) return false;
        Set<String> shared = new HashSet<>(actors);
        shared.retainAll(o.actors);
        boolean sameAttacker = attacker != null && attacker.equals(o.attacker);
        // Two sides named as the attacker are two attacks, though they hit one city on one day.
        boolean otherAttacker = attacker != null && o.attacker != null && !sameAttacker;
        return switch (kind) {
            case "Meeting" -> samePlace && sameDay && !strangers(o, shared) || (samePlace || sameDay) && !shared.isEmpty();
            case "Attack" -> !otherAttacker && (samePlace && (sameDay || (date == null || o.date == null) && sameAttacker && similarToll(o))
                    || sameDay && sameAttacker && killed != null && killed.equals(o.killed));
            // A topic and one party are what most talks in a war share ("a ceasefire", "the United States"):
            // never enough alone. Nor are two parties of five: the talks share most of their sides.
            default -> topic != null && topic.equals(o.topic) && !shared.isEmpty()
                    && (shared.size() >= 2 || samePlace || ownDatesAgree(o))
                    && 2 * shared.size() > Math.min(actors.size(), o.actors.size());
        };
    }

    /**
     * Two reports that each name two or more participants of the same kinds (people and people,
     * countries and countries), none in common: two meetings, though in one city on one day (the
     * bilateral meetings of a summit). People in one report and their countries in the other say
     * nothing of the kind.
     */
    private boolean strangers(EventSignature o, Set<String> shared) {
        return shared.isEmpty() && actors.size() >= 2 && o.actors.size() >= 2 && kinds(actors).equals(kinds(o.actors));
    }

    private static Set<String> kinds(Set<String> iris) {
        Set<String> out = new HashSet<>();
        for (String iri : iris) out.add(Iris.kindOf(iri));
        return out;
    }

    /** Tolls that could be one event's, as sources report it: unknown on a side, or within a fifth of each other. */
    private boolean similarToll(EventSignature o) {
        if (killed == null || o.killed == null) return true;
        int low = Math.min(killed, o.killed);
        int high = Math.max(killed, o.killed);
        return high == 0 || low >= 0.8 * high;
    }

    /** Both reports give the event a date of its own, finer than a year, and the dates overlap. */
    private boolean ownDatesAgree(EventSignature o) {
        return date != null && o.date != null && precision != Precision.year && o.precision != Precision.year
                && !ownEnd().isBefore(o.date) && !o.ownEnd().isBefore(date);
    }

    /** Whether the two time windows overlap; a side with no window (no date, undated article) does not contradict. */
    boolean timesOverlap(EventSignature o) {
        LocalDate start = start();
        LocalDate oStart = o.start();
        if (start == null || oStart == null) return true;
        return !end().isBefore(oStart) && !o.end().isBefore(start);
    }

    /** The first day the event may have happened on: its own date, less the slack of its kind; else its article's window. */
    private LocalDate start() {
        if (date != null) return date.minusDays(slackDays());
        return articleDate == null ? null : articleDate.minusDays(articleWindowDays());
    }

    private LocalDate end() {
        return date != null ? ownEnd().plusDays(slackDays()) : articleDate.plusDays(articleWindowDays());
    }

    private boolean isNegotiation() {
        return kind.equals("Negotiation");
    }

    /** How far a dated report may lie from another of the same event: the steps of a negotiation, else none. */
    private int slackDays() {
        return isNegotiation() ? NEGOTIATION_STEP_DAYS : 0;
    }

    private int articleWindowDays() {
        return isNegotiation() ? NEGOTIATION_ARTICLE_WINDOW_DAYS : ARTICLE_WINDOW_DAYS;
    }

    private LocalDate ownEnd() {
        return switch (precision == null ? Precision.day : precision) {
            case day -> date;
            case week -> date.plusDays(6);
            case month -> date.plusMonths(1).minusDays(1);
            case year -> date.plusYears(1).minusDays(1);
        };
    }
}
