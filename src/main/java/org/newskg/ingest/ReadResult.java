package org.newskg.ingest;

/** One outcome of reading input: an article, or a rejected input with its location and reason. */
public sealed interface ReadResult {
    /** An article that was read and cleaned. */
    record Read(Article article) implements ReadResult {}

    /** An input that was refused; nothing of it goes further. */
    record Rejected(IngestException error) implements ReadResult {}
}
