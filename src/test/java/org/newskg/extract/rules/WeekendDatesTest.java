package org.newskg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Event;
import org.newskg.ingest.Article;

/**
 * "Last weekend" is the latest Saturday–Sunday that ended before the article's day; "this weekend"
 * is the one of the article's week (the coming one, or the one under way on a Saturday or Sunday).
 * Both have precision {@code week} and are dated from their Saturday. June 2024: Saturday 8,
 * Sunday 9, Monday 10, Thursday 13, Saturday 15, Sunday 16.
 */
class WeekendDatesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private Extraction.EventDate meeting(LocalDate articleDate, String when) {
        String text = "Envoys Mara Lind and Omar Haddad met in Geneva " + when + ".";
        Extraction x = extractor.extract(new Article("k", null, "t", articleDate, Article.DateSource.METADATA, text, "t.txt"));
        List<Event> meetings = x.events().stream().filter(e -> e.kind() == Extraction.EventKind.Meeting).toList();
        assertEquals(1, meetings.size(), meetings.toString());
        return meetings.get(0).date();
    }

    private static Extraction.EventDate weekendOf(int june) {
        return new Extraction.EventDate(LocalDate.of(2024, 6, june), Extraction.Precision.week);
    }

    @Test
    void lastWeekendIsTheOneJustGone() {
        assertEquals(weekendOf(8), meeting(LocalDate.of(2024, 6, 13), "last weekend"), "on a Thursday");
        assertEquals(weekendOf(8), meeting(LocalDate.of(2024, 6, 10), "last weekend"), "on a Monday");
        assertEquals(weekendOf(8), meeting(LocalDate.of(2024, 6, 15), "last weekend"), "on a Saturday: the one before");
        assertEquals(weekendOf(8), meeting(LocalDate.of(2024, 6, 16), "last weekend"), "on a Sunday: the one before");
        assertEquals(weekendOf(15), meeting(LocalDate.of(2024, 6, 17), "last weekend"), "on the Monday after");
    }

    @Test
    void thisWeekendIsTheComingOneOrTheOneUnderWay() {
        assertEquals(weekendOf(15), meeting(LocalDate.of(2024, 6, 13), "this weekend"), "on a Thursday: the coming one");
        assertEquals(weekendOf(15), meeting(LocalDate.of(2024, 6, 10), "this weekend"), "on a Monday: the coming one");
        assertEquals(weekendOf(15), meeting(LocalDate.of(2024, 6, 15), "this weekend"), "on a Saturday: today's");
        assertEquals(weekendOf(15), meeting(LocalDate.of(2024, 6, 16), "this weekend"), "on a Sunday: the one under way");
    }

    @Test
    void nextWeekendIsTheOneAfterThisWeekend() {
        assertEquals(weekendOf(22), meeting(LocalDate.of(2024, 6, 13), "next weekend"));
        assertEquals(weekendOf(22), meeting(LocalDate.of(2024, 6, 16), "next weekend"));
    }
}
