package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Html.esc makes any text safe between tags and inside quoted attributes; Html.link only links what is safe to follow. */
class HtmlTest {
    @Test
    void theFiveSpecialCharactersAreEscapedAndNothingElse() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; é", Html.esc("<b> & \"x\" 'y' é"));
        assertEquals("", Html.esc(null));
    }

    @Test
    void aQuoteInAnAttributeValueCannotBreakOutOfIt() {
        String hostile = "x\" onmouseover=\"alert(1)' onclick='alert(2)";
        for (String quote : new String[] {"\"", "'"}) {
            Document doc = Jsoup.parse("<a title=" + quote + Html.esc(hostile) + quote + ">t</a>");
            Element a = doc.selectFirst("a");
            assertEquals(hostile, a.attr("title"), "the value comes back whole");
            assertEquals(1, a.attributesSize(), "no attribute was added");
        }
    }

    @Test
    void markupInTextStaysText() {
        Document doc = Jsoup.parse("<p>" + Html.esc("<script>alert(1)</script><img src=x onerror=alert(2)>") + "</p>");
        assertTrue(doc.select("script, img").isEmpty());
        assertEquals("<script>alert(1)</script><img src=x onerror=alert(2)>", doc.selectFirst("p").text());
    }

    @Test
    void aJavascriptHrefIsShownAsTextNeverLinked() {
        String html = Html.link("JavaScript:alert(document.cookie)", "the article");
        assertFalse(html.contains("<a"), html);
        assertEquals("the article", html);
        assertFalse(Html.link("//evil.example/x", "t").contains("<a"), "protocol-relative is another site");
        assertFalse(Html.link("data:text/html,<script>", "t").contains("<a"));
    }

    @Test
    void aWebOrLocalHrefIsLinkedWithItsQuotesEscaped() {
        Element a = Jsoup.parse(Html.link("https://example.org/?q=\"><script>", "x")).selectFirst("a");
        assertEquals("https://example.org/?q=\"><script>", a.attr("href"));
        assertTrue(a.ownerDocument().select("script").isEmpty());
        assertEquals("/id/person/x", Jsoup.parse(Html.link("/id/person/x", "x")).selectFirst("a").attr("href"));
    }
}
