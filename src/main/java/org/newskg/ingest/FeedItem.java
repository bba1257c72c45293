package org.newskg.ingest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One item of a news feed: what the feed says of a page.
 *
 * @param link      the page's URL
 * @param title     the item's title, or null
 * @param published the day the item was published, or null
 * @param updated   when the feed last says the item changed (updated, else published), or null
 */
public record FeedItem(String link, String title, LocalDate published, Instant updated) {}
