package org.newskg.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What was last taken from one source (a watched file, a feed item's page), so that a watcher or a
 * feed reader that restarts does not read it again.
 *
 * @param location     an absolute file path or a URL
 * @param size         the file's size in bytes, or -1 (a page)
 * @param modified     the file's modification time, or null
 * @param etag         the page's ETag, or null
 * @param lastModified the page's Last-Modified header as sent, or null
 * @param checked      when the source was last read
 * @param articles     the IRIs of the articles it gave
 */
public record SourceRecord(String location, long size, Instant modified, String etag, String lastModified, Instant checked,
                           List<String> articles) {
    public SourceRecord {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(checked, "checked");
        articles = List.copyOf(articles);
    }

    /** A file as seen on disk. */
    public static SourceRecord ofFile(String path, long size, Instant modified, Instant checked, List<String> articles) {
        return new SourceRecord(path, size, modified, null, null, checked, articles);
    }

    /** True when a file of this size and modification time is the one recorded. */
    public boolean sameFile(long size, Instant modified) {
        return this.size == size && Objects.equals(this.modified, modified);
    }
}
