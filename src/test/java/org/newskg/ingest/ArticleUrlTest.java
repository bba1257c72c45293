package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.id.Keys;

/**
 * An article is known by its URL only when that URL is an absolute http(s) URL of a page, not of a
 * site: relative URLs resolve against the page's own absolute URL, or are ignored.
 */
class ArticleUrlTest {
    private static final String ONE = "Envoys of the two states met in the capital on Tuesday to discuss the border, officials said.";
    private static final String TWO = "Flooding closed the coastal road on Friday after two days of heavy rain, the police said.";

    @TempDir
    Path dir;

    private final HtmlCleaner cleaner = new HtmlCleaner();

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body><p>" + body + "</p></body></html>";
    }

    private Article read(String name, String content) throws IOException {
        Path f = Files.writeString(dir.resolve(name), content);
        return assertInstanceOf(ReadResult.Read.class, new ArticleReader().read(f).get(0)).article();
    }

    @Test
    void twoPagesWithASiteWideCanonicalStayTwoArticles() throws IOException {
        Article a = read("a.html", page("<link rel=\"canonical\" href=\"/\">", ONE));
        Article b = read("b.html", page("<link rel=\"canonical\" href=\"/\">", TWO));
        assertNull(a.url());
        assertNotEquals(a.key(), b.key());
        assertEquals(Keys.articleKey(null, a.text()), a.key(), "the key comes from the text");
    }

    @Test
    void aSiteRootIsNoArticlesIdentityEvenWhenAbsolute() {
        String og = "<meta property=\"og:url\" content=\"https://news.example/\">";
        assertNull(cleaner.clean(page(og + "<link rel=\"canonical\" href=\"https://news.example\">", ONE)).url());
        assertEquals("https://news.example/?p=123",
                cleaner.clean(page("<link rel=\"canonical\" href=\"https://news.example/?p=123\">", ONE)).url(),
                "a query names a page");
    }

    @Test
    void aRelativeCanonicalResolvesAgainstAnAbsoluteOgUrl() {
        CleanedPage p = cleaner.clean(page("<link rel=\"canonical\" href=\"/world/talks-resume\">"
                + "<meta property=\"og:url\" content=\"https://news.example/world/talks-resume?ref=share\">", ONE));
        assertEquals("https://news.example/world/talks-resume", p.url());
    }

    @Test
    void anUnusableCanonicalIsIgnoredForTheOgUrlOrTheText() {
        assertNull(cleaner.clean(page("<link rel=\"canonical\" href=\"/world/talks-resume\">", ONE)).url());
        assertEquals("https://news.example/world/a", cleaner.clean(page("<link rel=\"canonical\" href=\"javascript:void(0)\">"
                + "<meta property=\"og:url\" content=\"https://news.example/world/a\">", ONE)).url());
    }

    @Test
    void javascriptAndMailtoUrlsAreIgnored() throws IOException {
        assertNull(cleaner.clean(page("<link rel=\"canonical\" href=\"javascript:alert(1)\">", ONE)).url());
        assertNull(cleaner.clean(page("<meta property=\"og:url\" content=\"mailto:desk@news.example\">", ONE)).url());
        Path f = Files.writeString(dir.resolve("a.jsonl"), "{\"url\":\"javascript:void(0)\",\"text\":\"" + ONE + "\"}\n");
        Article a = assertInstanceOf(ReadResult.Read.class, new ArticleReader().read(f).get(0)).article();
        assertNull(a.url());
        assertEquals(Keys.articleKey(null, ONE), a.key());
    }

    @Test
    void aJsonLinesUrlIsTheBaseOfARelativeCanonical() throws IOException {
        Path f = Files.writeString(dir.resolve("b.jsonl"), String.join("\n",
                "{\"url\":\"https://news.example/\",\"html\":\"<link rel=canonical href=/world/a><p>" + ONE + "</p>\"}",
                "{\"url\":\"/world/b\",\"text\":\"" + TWO + "\"}", ""));
        var results = new ArticleReader().read(f);
        assertEquals("https://news.example/world/a", assertInstanceOf(ReadResult.Read.class, results.get(0)).article().url());
        assertNull(assertInstanceOf(ReadResult.Read.class, results.get(1)).article().url(), "a relative url with nothing to resolve it");
    }

    @Test
    void aTextHeaderUrlMustBeAnArticlesUrl() {
        assertNull(new PlainTextCleaner().clean("url: https://news.example/\n\n" + ONE).url());
        assertEquals("https://news.example/a", new PlainTextCleaner().clean("url: https://news.example/a\n\n" + ONE).url());
    }

    @Test
    void theKeyNeverComesFromASiteRootOrARelativeUrl() {
        assertEquals(Keys.articleKey(null, ONE), Keys.articleKey("https://news.example/", ONE));
        assertEquals(Keys.articleKey(null, ONE), Keys.articleKey("/", ONE));
        assertEquals(Keys.articleKey(null, ONE), Keys.articleKey("mailto:desk@news.example", ONE));
    }
}
