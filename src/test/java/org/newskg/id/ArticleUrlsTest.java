package org.newskg.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** An article's outlet is the registrable domain of its URL, by the Public Suffix List. */
class ArticleUrlsTest {
    @Test
    void subdomainsOfOneSiteAreOneOutlet() {
        assertEquals("cnn.com", ArticleUrls.outlet("https://edition.cnn.com/2025/05/01/world/a"));
        assertEquals("cnn.com", ArticleUrls.outlet("https://www.CNN.com/b"));
        assertEquals("bbc.co.uk", ArticleUrls.outlet("https://news.bbc.co.uk/c"), "co.uk is a public suffix");
        assertEquals("example.org", ArticleUrls.outlet("http://example.org./d"), "a final dot names the same host");
    }

    @Test
    void aHostWithoutPublicSuffixIsItsOwnOutlet() {
        assertEquals("127.0.0.1", ArticleUrls.outlet("http://127.0.0.1:8080/a"));
        assertEquals("localhost", ArticleUrls.outlet("http://localhost/a"));
        assertEquals("--1", ArticleUrls.outlet("http://[::1]/a"), "an IPv6 address, made a valid path segment");
    }

    @Test
    void noWebUrlNoOutlet() {
        assertNull(ArticleUrls.outlet("/world/a"));
        assertNull(ArticleUrls.outlet("mailto:desk@news.example"));
        assertNull(ArticleUrls.outlet(null));
    }
}
