package org.newskg.store;

/**
 * What writing one article's graph did and, when it replaced a stored article, what that article
 * was, so that a replacement by another page under the same URL can be told from a new version.
 *
 * @param outcome  added, replaced or unchanged
 * @param replaced the article replaced, or null when nothing was
 */
public record WriteResult(WriteOutcome outcome, Previous replaced) {
    /** The stored article a write replaced: its title and the SHA-256 of its text (either null when it had none). */
    public record Previous(String title, String textHash) {}

    public static WriteResult added() {
        return new WriteResult(WriteOutcome.ADDED, null);
    }

    public static WriteResult unchanged() {
        return new WriteResult(WriteOutcome.UNCHANGED, null);
    }

    public static WriteResult replaced(Previous previous) {
        return new WriteResult(WriteOutcome.REPLACED, previous);
    }
}
