package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {
    private final HtmlCleaner cleaner = new HtmlCleaner();

    @Test
    void takesMetadataFromMetaTagsFirst() throws IOException {
        CleanedPage page = cleaner.clean(PlainTextCleanerTest.fixture("page.html"));
        assertEquals("Border talks resume after two-year pause", page.title());
        assertEquals(LocalDate.of(2024, 9, 18), page.date());
        assertEquals("https://courier.example/world/border-talks-resume", page.url());
    }

    @Test
    void fallsBackToJsonLdAndTimeElements() {
        CleanedPage ld = cleaner.clean("""
                <html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","datePublished":"2023-01-02T10:00:00Z"}]}</script></head>
                <body><p>The two leaders spoke by phone on Monday about the new trade arrangements.</p></body></html>""");
        assertEquals(LocalDate.of(2023, 1, 2), ld.date());
        assertEquals("H", ld.title());
        CleanedPage time = cleaner.clean("""
                <html><body><h1>Heading</h1><time datetime="2022-05-06">6 May</time>
                <p>The two leaders spoke by phone on Monday about the new trade arrangements.</p></body></html>""");
        assertEquals(LocalDate.of(2022, 5, 6), time.date());
        assertEquals("Heading", time.title());
    }

    @Test
    void keepsTheArticleParagraphsOnly() throws IOException {
        List<String> body = cleaner.clean(PlainTextCleanerTest.fixture("page.html")).paragraphs();
        assertEquals(3, body.size(), String.join("\n", body));
        assertTrue(body.get(1).contains("demarcation of the disputed valley"), "inline links keep their text");
        String text = String.join("\n", body);
        for (String furniture : List.of("Politics", "Storm closes", "Central bank", "Related", "comment", "Copyright",
                "script text", "Envoys shake hands", "By A. Writer")) {
            assertFalse(text.contains(furniture), "furniture reached the text: " + furniture);
        }
    }

    @Test
    void survivesMalformedMarkup() {
        CleanedPage page = cleaner.clean("<html><body><table><tr><td><table><tr><td><p>Rescue teams reached the"
                + " flooded villages on Friday after the water began to recede, officials said.<p>Unclosed <b>bold");
        assertEquals(1, page.paragraphs().size());
        assertTrue(page.paragraphs().get(0).startsWith("Rescue teams"));
    }
}
