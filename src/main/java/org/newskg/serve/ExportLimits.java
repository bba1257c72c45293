package org.newskg.serve;

import java.time.Duration;

/**
 * What whole-store exports may cost the server. Each holds a read transaction and a thread while it
 * streams, as long as its client takes to read, so only {@code concurrent} run at once (more are
 * refused with 503 and Retry-After), and each is cut off after {@code budget}, reading or not.
 *
 * @param concurrent exports streaming at once
 * @param budget     longest one export may take, from start to last byte
 */
public record ExportLimits(int concurrent, Duration budget) {
    /** Two at once, as a small server has a few cores; ten minutes each (see README, Robustness, for measured export speeds). */
    public static final ExportLimits DEFAULT = new ExportLimits(2, Duration.ofMinutes(10));
    /** Seconds a refused client is told to wait. */
    static final int RETRY_AFTER_SECONDS = 30;

    public ExportLimits {
        if (concurrent < 1) throw new IllegalArgumentException("--max-exports must be at least 1");
        if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("--export-minutes must be at least 1");
    }
}
