package org.newskg.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Reads RSS (0.9x, 1.0, 2.0) and Atom feeds, with Rome, into their items' links, titles and dates. */
public final class FeedParser {
    private FeedParser() {}

    /** The feed's items in feed order, those without an http(s) link left out; a feed that does not parse is an error naming {@code location}. */
    public static List<FeedItem> items(byte[] bytes, String location) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new IngestException(location, "not an RSS or Atom feed: " + firstLine(e.getMessage()));
        }
        List<FeedItem> out = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = link(e);
            if (link == null) continue;
            Date published = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            Date updated = e.getUpdatedDate() != null ? e.getUpdatedDate() : e.getPublishedDate();
            String title = e.getTitle() == null || e.getTitle().isBlank() ? null : e.getTitle().strip();
            out.add(new FeedItem(link, title, published == null ? null : LocalDate.ofInstant(published.toInstant(), ZoneOffset.UTC),
                    updated == null ? null : updated.toInstant()));
        }
        return out;
    }

    /** The entry's link: its link, else an id that is a web URL (Atom ids often are). */
    private static String link(SyndEntry e) {
        for (String candidate : new String[] {e.getLink(), e.getUri()}) {
            if (candidate != null && candidate.strip().matches("(?i)https?://\\S+")) return candidate.strip();
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
