package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A publication date is read only from a string that is wholly a date or date-time, in the publisher's own zone. */
class PublicationDateTest {
    private static final String BODY = "Envoys of the two states met in the capital on Tuesday to discuss the border, officials said.";

    @TempDir
    Path dir;

    private static CleanedPage html(String publishedTime) {
        return new HtmlCleaner().clean("<html><head><meta property=\"article:published_time\" content=\"" + publishedTime
                + "\"></head><body><p>" + BODY + "</p></body></html>");
    }

    @Test
    void aDateFollowedByOtherTextIsNotADate() throws IOException {
        assertNull(html("2025-04-17garbage").date());
        assertNull(html("2025-04-17T10:00:00Zjunk").date());
        CleanedPage text = new PlainTextCleaner().clean("date: 2025-04-17garbage\n\n" + BODY);
        assertNull(text.date());
        assertEquals(Article.DateSource.NONE, text.dateSource());
        Path f = Files.writeString(dir.resolve("a.jsonl"), "{\"date\":\"2025-04-17garbage\",\"text\":\"" + BODY + "\"}\n");
        IngestException e = assertInstanceOf(ReadResult.Rejected.class, new ArticleReader().read(f).get(0)).error();
        assertTrue(e.reason().contains("\"date\""), e.reason());
    }

    @Test
    void wholeDatesAndDateTimesAreDates() {
        assertEquals(LocalDate.of(2025, 4, 17), html("2025-04-17").date());
        assertEquals(LocalDate.of(2025, 4, 17), html("2025-04-17T09:30:00Z").date());
        assertEquals(LocalDate.of(2025, 4, 17), html("2025-04-17T09:30:00.123+02:00").date());
        assertEquals(LocalDate.of(2025, 4, 17), html("2025-04-17T09:30").date());
        assertEquals(LocalDate.of(2025, 4, 17), html("2025-04-17 09:30:00").date());
        assertEquals(LocalDate.of(2025, 4, 17), html("2025-04-17T09:30:00+0200").date());
        assertEquals(LocalDate.of(2025, 4, 17), new PlainTextCleaner().clean("date: 2025-04-17T08:00:00Z\n\n" + BODY).date());
    }

    @Test
    void aTimeWithAnOffsetIsDatedInThePublishersZoneNotInUtc() throws IOException {
        assertEquals(LocalDate.of(2025, 4, 17), html("2025-04-17T23:30:00-05:00").date(), "04:30 UTC on the 18th");
        assertEquals(LocalDate.of(2025, 4, 18), html("2025-04-18T01:00:00+03:00").date(), "22:00 UTC on the 17th");
        assertEquals(LocalDate.of(2025, 4, 17), new PlainTextCleaner().clean("published: 2025-04-17T23:30:00-05:00\n\n" + BODY).date());
        Path f = Files.writeString(dir.resolve("b.jsonl"), "{\"date\":\"2025-04-18T01:00:00+03:00\",\"text\":\"" + BODY + "\"}\n");
        assertEquals(LocalDate.of(2025, 4, 18), assertInstanceOf(ReadResult.Read.class, new ArticleReader().read(f).get(0)).article().date());
    }
}
