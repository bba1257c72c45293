package org.newskg.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.PageFetcher;
import org.newskg.store.NewsStore;
import org.newskg.watch.FeedPoller;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which feeds to read and how their pages are fetched: the options {@code ingest} and {@code watch} share. */
final class FeedOptions {
    @Option(names = "--feed", paramLabel = "URL|FILE", description = "An RSS or Atom feed whose new items' pages are fetched and ingested "
            + "(repeatable). What was fetched is remembered in the store, so no page is fetched twice.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--user-agent", paramLabel = "TEXT", description = "The User-Agent sent with each request (default: newskg/VERSION "
            + "with its address; say who you are, sites read it).")
    String userAgent = PageFetcher.USER_AGENT;

    @Option(names = "--fetch-delay", paramLabel = "DURATION", converter = DurationText.class, defaultValue = "1s",
            description = "The least time between two requests to one host (default: ${DEFAULT-VALUE}).")
    Duration hostDelay;

    @Option(names = "--fetch-timeout", paramLabel = "DURATION", converter = DurationText.class, defaultValue = "30s",
            description = "The longest one page or feed may take, from connecting to its last byte (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    boolean any() {
        return !feeds.isEmpty();
    }

    /** A fetcher with these options; pages larger than {@code maxBytes} are refused. */
    PageFetcher fetcher(long maxBytes, CommandLine cmd) {
        if (timeout.isZero()) throw new CommandLine.ParameterException(cmd, "--fetch-timeout must be more than 0");
        return new PageFetcher(new PageFetcher.Settings(userAgent, hostDelay, timeout, maxBytes));
    }

    /** A poller of these feeds into {@code store}, ingesting with {@code ingest}'s options. */
    FeedPoller poller(PageFetcher fetcher, NewsStore store, IngestOptions ingest, CommandLine cmd, ConsoleReport report) {
        return new FeedPoller(feeds, store.ledger(), fetcher, new ArticleReader(ingest.maxBytes), () -> ingest.pipeline(store, cmd), report,
                report::say);
    }
}
