package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextCleanerTest {
    private final PlainTextCleaner cleaner = new PlainTextCleaner();

    static String fixture(String name) throws IOException {
        try (InputStream in = PlainTextCleanerTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void takesTitleAndDateFromADateHeaderLine() throws IOException {
        CleanedPage page = cleaner.clean(fixture("scraped-page.txt"));
        assertEquals("Harbour talks end with outline accord on grain corridor", page.title());
        assertEquals(LocalDate.of(2024, 6, 5), page.date());
        assertEquals(Article.DateSource.METADATA, page.dateSource());
    }

    @Test
    void keepsOnlyTheBodyOfAScrapedPage() throws IOException {
        List<String> body = cleaner.clean(fixture("scraped-page.txt")).paragraphs();
        assertEquals(4, body.size(), String.join("\n", body));
        assertTrue(body.get(0).startsWith("Negotiators from the two coastal states"));
        assertTrue(body.get(3).startsWith("Shipping companies said"));
    }

    @Test
    void leavesCaptionsSubheadsAndOtherStoriesOut() throws IOException {
        String text = cleaner.clean(fixture("scraped-page.txt")).text();
        for (String furniture : List.of("(C)", "A first step' -", "VALLETTA", "MORE STORIES", "heat wave",
                "The union said its members", "two hundred thousand visitors", "Club signs", "xyz/ab", "ToUpper")) {
            assertFalse(text.contains(furniture), "furniture reached the text: " + furniture);
        }
    }

    @Test
    void readsKeyValueHeaders() {
        CleanedPage page = cleaner.clean("""
                title: Ministers agree to meet again
                date: 2025-02-03
                url: https://example.org/a

                Foreign ministers of the three countries agreed on Monday to meet again within a month.
                """);
        assertEquals("Ministers agree to meet again", page.title());
        assertEquals(LocalDate.of(2025, 2, 3), page.date());
        assertEquals("https://example.org/a", page.url());
        assertEquals(1, page.paragraphs().size());
    }

    @Test
    void findsAWrittenDateBeforeTheBodyWhenNoHeaderGivesOne() {
        CleanedPage page = cleaner.clean("""
                Officials gather for a photo (L) in the capital, March 2, 2025.
                Officials from both sides met for a second day of talks in the capital on Sunday, a spokesman said.
                """);
        assertEquals(LocalDate.of(2025, 3, 2), page.date());
        assertEquals(Article.DateSource.TEXT, page.dateSource());
    }

    private static final String BODY = """
            Officials from both coastal states met for a second day of talks in the port on Sunday, a spokesman said.
            The two sides agreed to meet again next month to settle the last questions of the grain corridor, he added.
            """;

    @Test
    void aPageStatesItsDateInTheFurnitureAtTheTopInManyForms() {
        assertEquals(LocalDate.of(2024, 4, 25), cleaner.clean("Talks resume in the port\n\nHarbour Daily , Thursday 25 Apr 2024\n\n" + BODY).date());
        assertEquals(LocalDate.of(2024, 8, 23), cleaner.clean("Talks resume in the port\n\n23-08-2024\nHarbour Daily\n" + BODY).date());
        assertEquals(LocalDate.of(2020, 6, 16),
                cleaner.clean("Talks resume in the port\nSource: Coast Wire| 2020-06-16 17:32:36|Editor: desk\n" + BODY).date());
        CleanedPage afterATeaser = cleaner.clean("Talks resume in the port\nThe two sides agreed to meet again next month, he added.\n"
                + "Published on Sept. 3, 2022 01:57 PM\nCoast Wire |\n" + BODY);
        assertEquals(LocalDate.of(2022, 9, 3), afterATeaser.date());
        assertEquals(Article.DateSource.TEXT, afterATeaser.dateSource());
    }

    @Test
    void aDateThatReadsBothWaysOrStandsInProseIsNotThePagesDate() {
        assertEquals(null, cleaner.clean("Talks resume in the port\n\n04-08-2024\n" + BODY).date(), "the 4th of August or April the 8th");
        assertEquals(null, cleaner.clean("Talks resume in the port\n\n" + BODY
                + "The first round was held on 12 May 2023 in the same port, the spokesman recalled.\n").date(),
                "a date in a sentence is an event's");
    }

    @Test
    void pageWithoutHeadlineHasNoTitle() {
        CleanedPage page = cleaner.clean("""
                XYZ
                0.55
                Officials from both sides met for a second day of talks in the capital on Sunday, a spokesman said.
                """);
        assertNull(page.title());
        assertNull(page.date());
    }

    @Test
    void prosesAndHeadlinesAreToldApart() {
        assertTrue(BodySelector.isSentenceLike("The minister said the talks would resume on Friday in the capital."));
        assertFalse(BodySelector.isSentenceLike("Minister says talks will resume on Friday in the capital"));
        assertFalse(BodySelector.isSentenceLike("Talks Resume In Capital As Ministers Meet Again Today."));
        assertFalse(BodySelector.isSentenceLike("Talks resume."));
    }
}
