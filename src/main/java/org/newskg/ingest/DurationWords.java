package org.newskg.ingest;

import java.time.Duration;

/** A duration as people write it in a message: 500 ms, 30 s, 15 min. */
public final class DurationWords {
    private DurationWords() {}

    public static String of(Duration d) {
        long ms = d.toMillis();
        if (ms > 0 && ms % 60_000 == 0) return ms / 60_000 + " min";
        if (ms % 1000 == 0) return ms / 1000 + " s";
        return ms + " ms";
    }
}
