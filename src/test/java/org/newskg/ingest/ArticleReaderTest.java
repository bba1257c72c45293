package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.id.Keys;

class ArticleReaderTest {
    private static final String BODY = "Envoys of the two states met in the capital on Tuesday to discuss the border, officials said.";

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsJsonLinesAndReportsTheBrokenLineByNumber() throws IOException {
        Path f = dir.resolve("batch.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"url\":\"https://example.org/1\",\"title\":\"One\",\"date\":\"2025-01-01\",\"text\":\"" + BODY + "\"}",
                "{\"url\": \"https://example.org/2\", \"title\": ",
                "{\"title\":\"Three\",\"html\":\"<p>" + BODY + "</p>\",\"unknown\":42}",
                "{\"title\":\"Four\",\"date\":\"yesterday\",\"text\":\"" + BODY + "\"}"));
        List<ReadResult> results = reader.read(f);
        assertEquals(4, results.size());
        Article one = assertInstanceOf(ReadResult.Read.class, results.get(0)).article();
        assertEquals("One", one.title());
        assertEquals(LocalDate.of(2025, 1, 1), one.date());
        assertEquals("batch.jsonl:1", one.sourceFile());
        IngestException broken = assertInstanceOf(ReadResult.Rejected.class, results.get(1)).error();
        assertEquals(f + ":2", broken.location());
        assertTrue(broken.reason().startsWith("malformed JSON"), broken.reason());
        assertEquals("Three", assertInstanceOf(ReadResult.Read.class, results.get(2)).article().title());
        assertTrue(assertInstanceOf(ReadResult.Rejected.class, results.get(3)).error().reason().contains("\"date\""));
    }

    @Test
    void keyComesFromTheUrlWhenKnownElseFromTheText() {
        assertEquals(Keys.articleKey("https://example.org/a/", "x"), Keys.articleKey("https://example.org/a#top", "y"));
        assertNotEquals(Keys.articleKey(null, "one text"), Keys.articleKey(null, "another text"));
        assertEquals(16, Keys.articleKey(null, "one text").length());
    }

    @Test
    void usesTheFileTimeWhenNothingDatesTheArticle() throws IOException {
        Path f = dir.resolve("undated.txt");
        Files.writeString(f, BODY + "\n");
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2024-02-29T12:00:00Z")));
        Article a = assertInstanceOf(ReadResult.Read.class, reader.read(f).get(0)).article();
        assertEquals(LocalDate.of(2024, 2, 29), a.date());
        assertEquals(Article.DateSource.FILE_MODIFIED, a.dateSource());
        assertTrue(a.title().startsWith("Envoys of the two states"), "title falls back to the lead: " + a.title());
    }

    @Test
    void rejectsWhatIsNotAnArticleWithPathAndReason() throws IOException {
        Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\t\n");
        Path menu = Files.writeString(dir.resolve("menu.html"), "<html><body><nav><a href=/a>Home</a></nav><script>x()</script></body></html>");
        Path pdf = Files.writeString(dir.resolve("doc.pdf"), "%PDF-1.4");
        assertEquals(blank + ": no text (whitespace only)", rejection(blank).getMessage());
        assertTrue(rejection(menu).reason().startsWith("no article text found"), rejection(menu).getMessage());
        assertTrue(rejection(pdf).reason().startsWith("unsupported file type"));
        assertTrue(rejection(dir.resolve("missing.txt")).reason().contains("no such file"));
    }

    private IngestException rejection(Path f) {
        return assertInstanceOf(ReadResult.Rejected.class, reader.read(f).get(0)).error();
    }
}
