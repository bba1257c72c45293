package org.newskg.store;

/** What writing one article's graph did. */
public enum WriteOutcome {
    /** The article was new. */
    ADDED,
    /** The article was there with other statements; its graph was replaced. */
    REPLACED,
    /** The article was there with the same statements; nothing was written. */
    UNCHANGED
}
