package org.newskg.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newskg.id.Iris;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.FeedItem;
import org.newskg.ingest.FeedParser;
import org.newskg.ingest.FetchException;
import org.newskg.ingest.Fetched;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.PageFetcher;
import org.newskg.ingest.ReadResult;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.PipelineBuilder;
import org.newskg.store.SourceLedger;
import org.newskg.store.SourceRecord;

/**
 * Polls news feeds (RSS or Atom, by URL or file) and ingests the pages of their new items. The store's
 * ledger remembers each page fetched (with its ETag and Last-Modified) and each feed's own validators,
 * so an item is fetched once across polls and restarts; it is fetched again, conditionally, only when
 * its feed says it was updated since. A page that failed for a passing reason (a timeout, a 500) is
 * asked for again at the next poll; a lasting failure (a 404, a page too large, a PDF) is not.
 */
public final class FeedPoller {
    private final List<String> feeds;
    private final SourceLedger ledger;
    private final PageFetcher fetcher;
    private final ArticleReader reader;
    private final Supplier<PipelineBuilder> pipelines;
    private final IngestListener listener;
    private final Consumer<String> say;

    public FeedPoller(List<String> feeds, SourceLedger ledger, PageFetcher fetcher, ArticleReader reader, Supplier<PipelineBuilder> pipelines,
                      IngestListener listener, Consumer<String> say) {
        this.feeds = List.copyOf(feeds);
        this.ledger = ledger;
        this.fetcher = fetcher;
        this.reader = reader;
        this.pipelines = pipelines;
        this.listener = listener;
        this.say = say;
    }

    /** Polls every feed once; the totals of what was ingested. */
    public IngestSummary pollAll() {
        IngestSummary total = IngestSummary.none();
        for (String feed : feeds) total = total.plus(poll(feed));
        return total;
    }

    private IngestSummary poll(String feed) {
        List<FeedItem> items;
        Fetched fetchedFeed;
        try {
            fetchedFeed = feedBytes(feed);
            if (fetchedFeed.notModified()) {
                say.accept("feed      " + feed + ": not modified since the last poll");
                return IngestSummary.none();
            }
            items = FeedParser.items(fetchedFeed.body(), feed);
        } catch (IngestException e) {
            listener.rejected(e);
            return new IngestSummary(0, 0, 0, 1, 0, 0);
        }
        Map<String, FeedItem> byLink = new LinkedHashMap<>();
        items.forEach(i -> byLink.putIfAbsent(i.link(), i));
        List<ReadResult> pages = new ArrayList<>();
        List<SourceRecord> records = new ArrayList<>();
        int seen = 0;
        int failed = 0;
        int retry = 0;
        int notModified = 0;
        for (FeedItem item : byLink.values()) {
            SourceRecord before = ledger.get(item.link());
            boolean updated = before != null && item.updated() != null && item.updated().isAfter(before.checked());
            if (before != null && !updated) {
                seen++;
                continue;
            }
            Instant now = Instant.now();
            try {
                Fetched page = fetcher.fetch(item.link(), updated ? before.etag() : null, updated ? before.lastModified() : null);
                if (page.notModified()) {
                    notModified++;
                    records.add(new SourceRecord(item.link(), -1, null, page.etag(), page.lastModified(), now, before.articles()));
                    continue;
                }
                ReadResult read = reader.readFetched(page.body(), page.mediaType(), item.link(), page.finalUrl(), item.title(), item.published());
                pages.add(read);
                List<String> articles = read instanceof ReadResult.Read ok ? List.of(Iris.article(ok.article().key())) : List.of();
                records.add(new SourceRecord(item.link(), -1, null, page.etag(), page.lastModified(), now, articles));
            } catch (FetchException e) {
                failed++;
                listener.rejected(e);
                if (e.lasting()) {
                    records.add(new SourceRecord(item.link(), -1, null, null, null, now, List.of()));
                } else {
                    retry++;
                }
            }
        }
        IngestSummary run = pages.isEmpty() ? IngestSummary.none() : pipelines.get().fetched(pages).listener(listener).build().run();
        // The feed's validators are kept last, and only when no page is to be asked for again: a feed
        // answered 304 at the next poll would hide the pages this poll did not get.
        if (fetchedFeed.url().matches("(?i)https?://.*")) {
            records.add(new SourceRecord(feed, -1, null, retry == 0 ? fetchedFeed.etag() : null,
                    retry == 0 ? fetchedFeed.lastModified() : null, Instant.now(), List.of()));
        }
        ledger.put(records);
        say.accept("feed      " + feed + ": " + byLink.size() + " item(s): " + (pages.size()) + " fetched, " + seen + " fetched before"
                + (notModified > 0 ? ", " + notModified + " not modified" : "") + (failed > 0 ? ", " + failed + " failed" : ""));
        return run;
    }

    /** The feed: a file's bytes, or a URL's, fetched conditionally. */
    private Fetched feedBytes(String feed) {
        if (!feed.matches("(?i)https?://.*")) {
            try {
                return new Fetched(feed, feed, false, Files.readAllBytes(Path.of(feed)), null, null, null);
            } catch (IOException e) {
                throw new IngestException(feed, "cannot read: " + ArticleReader.describe(e));
            }
        }
        SourceRecord before = ledger.get(feed);
        return fetcher.fetch(feed, before == null ? null : before.etag(), before == null ? null : before.lastModified());
    }
}
