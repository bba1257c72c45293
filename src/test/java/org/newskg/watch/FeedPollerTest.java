package org.newskg.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.PageFetcher;
import org.newskg.pipeline.ArticleReport;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.NewsStore;
import org.newskg.store.WriteOutcome;

/**
 * Feeds polled from a real HTTP server: new items' pages are fetched politely and ingested once
 * across polls and restarts; a slow page, a 404, a 500, a page over the size limit and a PDF are one
 * line each and never stop the feed; a feed that changes between polls gives only its new items.
 */
class FeedPollerTest {
    private static final long MAX_BYTES = 64 * 1024;
    private static final Duration HOST_DELAY = Duration.ofMillis(100);

    @TempDir
    Path dir;
    private NewsSite site;
    private NewsStore store;
    private PageFetcher fetcher;
    private final CollectingListener listener = new CollectingListener();
    private final List<ArticleReport> stored = listener.stored;
    private final List<String> rejected = listener.rejected;
    private final List<String> said = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        site = new NewsSite();
        store = NewsStore.open(dir.resolve("db"));
        fetcher = new PageFetcher(new PageFetcher.Settings(PageFetcher.USER_AGENT, HOST_DELAY, Duration.ofSeconds(1), MAX_BYTES));
        site.put("/news/lima.html", NewsSite.Page.of("text/html; charset=utf-8", page("Leaders meet in Lima", "2025-03-04",
                site.url("/news/lima.html"), "The president of Peru met the prime minister of Spain in Lima on Tuesday.",
                "The two leaders discussed trade and fisheries at the presidential palace.")));
        site.put("/news/port.html", NewsSite.Page.of("text/html", page(null, null, null,
                "Dock workers in Valparaiso stopped work on Wednesday over pay.", "The port authority said talks would resume next week.")));
        site.put("/news/harbour.html", NewsSite.Page.of("text/html", page("Fire in the harbour", "2025-03-06", null,
                "A fire broke out in the harbour of Antofagasta on Thursday.", "Firefighters brought it under control by the evening.")));
        site.put("/news/slow.html", new NewsSite.Page(200, "text/html", page("Slow", "2025-03-04", null, "A slow page.").getBytes(), 3000));
        site.put("/news/fail.html", new NewsSite.Page(500, null, null, 0));
        site.put("/news/huge.html", NewsSite.Page.of("text/html", page("Huge", "2025-03-04", null,
                "A very long page that goes on. ".repeat(4000))));
        site.put("/news/report.pdf", new NewsSite.Page(200, "application/pdf", "%PDF-1.4 not a news page".getBytes(), 0));
        site.put("/rss.xml", NewsSite.Page.of("application/rss+xml", rss(
                item("Leaders meet in Lima", "/news/lima.html", "Tue, 04 Mar 2025 10:00:00 GMT"),
                item("Port workers strike in Valparaiso", "/news/port.html", "Wed, 05 Mar 2025 08:00:00 GMT"),
                item("Slow page", "/news/slow.html", null), item("Gone", "/news/gone.html", null),
                item("Failing", "/news/fail.html", null), item("Huge", "/news/huge.html", null),
                item("Report", "/news/report.pdf", null))));
        site.put("/atom.xml", NewsSite.Page.of("application/atom+xml", atom("/news/harbour.html", "/news/lima.html")));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        store.close();
        site.close();
    }

    @Test
    void newItemsAreIngestedOnceAndEachBadPageIsOneLine() {
        IngestSummary first = poller(site.url("/rss.xml"), site.url("/atom.xml")).pollAll();
        assertEquals(3, first.added(), stored.toString());
        assertEquals(5, rejected.size(), rejected.toString());
        assertRejected("/news/slow.html", "timed out after 1 s");
        assertRejected("/news/gone.html", "HTTP 404");
        assertRejected("/news/fail.html", "HTTP 500");
        assertRejected("/news/huge.html", "too large");
        assertRejected("/news/report.pdf", "not an article page (application/pdf)");

        ArticleReport port = stored.stream().filter(r -> r.title().startsWith("Port workers")).findFirst().orElseThrow();
        assertEquals("2025-03-05", port.date(), "the item's date stands in for the page's missing one");
        assertTrue(said.stream().anyMatch(l -> l.contains("/rss.xml: 7 item(s)")), said.toString());

        // The site saw a clear user agent, and never two requests within the host delay.
        assertTrue(site.requests.stream().allMatch(r -> r.userAgent().startsWith("newskg/")), site.requests.toString());
        List<Long> starts = site.requests.stream().map(NewsSite.Request::nanos).sorted().toList();
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(starts.get(i) - starts.get(i - 1) >= HOST_DELAY.toNanos() * 9 / 10, "requests " + (i - 1) + " and " + i + " too close");
        }
    }

    @Test
    void aFeedThatChangesGivesOnlyItsNewItemsAndARestartFetchesNothingTwice() {
        poller(site.url("/rss.xml"), site.url("/atom.xml")).pollAll();
        int limaFetches = site.requestsFor("/news/lima.html").size();
        assertEquals(1, limaFetches, "an item in two feeds is fetched once");
        site.put("/rss.xml", NewsSite.Page.of("application/rss+xml", rss(
                item("Leaders meet in Lima", "/news/lima.html", "Tue, 04 Mar 2025 10:00:00 GMT"),
                item("Talks in Quito", "/news/quito.html", "Fri, 07 Mar 2025 09:00:00 GMT"))));
        site.put("/news/quito.html", NewsSite.Page.of("text/html", page("Talks in Quito", "2025-03-07", null,
                "The foreign ministers of Ecuador and Colombia met in Quito on Friday.", "They agreed to meet again in April.")));
        stored.clear();
        rejected.clear();
        IngestSummary second = poller(site.url("/rss.xml"), site.url("/atom.xml")).pollAll();
        assertEquals(1, second.added(), stored.toString());
        assertEquals("Talks in Quito", stored.get(0).title());
        assertEquals(limaFetches, site.requestsFor("/news/lima.html").size(), "a page fetched before is not fetched again");
        assertEquals(1, site.requestsFor("/news/gone.html").size(), "a 404 is not asked for again");

        // A new poller over the same store (a restart): the feeds are unchanged, and answered 304.
        stored.clear();
        IngestSummary third = poller(site.url("/rss.xml"), site.url("/atom.xml")).pollAll();
        assertEquals(0, third.added() + third.replaced(), stored.toString());
        List<NewsSite.Request> atom = site.requestsFor("/atom.xml");
        assertEquals(304, atom.get(atom.size() - 1).status(), "the feed was asked for conditionally: " + atom);
        assertEquals(4, articles());
    }

    @Test
    void aPassingFailureIsAskedForAgainAtTheNextPoll() {
        poller(site.url("/rss.xml")).pollAll();
        site.put("/news/fail.html", NewsSite.Page.of("text/html", page("Recovered", "2025-03-08", null,
                "The minister of finance of Chile met bankers in Santiago on Saturday.")));
        stored.clear();
        poller(site.url("/rss.xml")).pollAll();
        assertEquals(List.of("Recovered"), stored.stream().map(ArticleReport::title).toList());
        assertEquals(WriteOutcome.ADDED, stored.get(0).outcome());
    }

    private FeedPoller poller(String... feeds) {
        return new FeedPoller(List.of(feeds), store.ledger(), fetcher, new ArticleReader(MAX_BYTES),
                () -> Pipeline.builder(store).threads(1), listener, said::add);
    }

    private void assertRejected(String path, String reason) {
        assertTrue(rejected.stream().anyMatch(r -> r.startsWith(site.url(path) + ": " + reason)), path + " " + reason + " in " + rejected);
    }

    private long articles() {
        long[] n = {0};
        store.select("SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/newskg/ontology#Article> }", r -> n[0] = r.getLiteral("n").getLong());
        return n[0];
    }

    private static String page(String title, String date, String canonical, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head>");
        if (title != null) html.append("<title>").append(title).append("</title>");
        if (date != null) html.append("<meta property=\"article:published_time\" content=\"").append(date).append("\">");
        if (canonical != null) html.append("<link rel=\"canonical\" href=\"").append(canonical).append("\">");
        html.append("</head><body><nav><a href=\"/\">Home</a></nav><article>");
        for (String p : paragraphs) html.append("<p>").append(p).append("</p>");
        return html.append("</article></body></html>").toString();
    }

    private String item(String title, String path, String date) {
        return "<item><title>" + title + "</title><link>" + site.url(path) + "</link>"
                + (date == null ? "" : "<pubDate>" + date + "</pubDate>") + "</item>";
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test news</title><link>http://127.0.0.1/</link>"
                + "<description>Test</description>" + String.join("", items) + "</channel></rss>";
    }

    private String atom(String... paths) {
        List<String> entries = new ArrayList<>();
        for (String p : paths) {
            entries.add("<entry><title>Entry</title><id>" + site.url(p) + "</id><link href=\"" + site.url(p) + "\"/>"
                    + "<updated>2025-03-06T12:00:00Z</updated></entry>");
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Test atom</title>"
                + "<id>urn:test:atom</id><updated>2025-03-06T12:00:00Z</updated>" + String.join("", entries) + "</feed>";
    }
}
