package org.newskg.bench;

import java.util.Arrays;
import java.util.List;

/** Latencies in ms, sorted, with nearest-rank percentiles (no interpolation: every figure is a latency some request had). */
final class Latencies {
    private final double[] sorted;

    Latencies(List<Double> ms) {
        sorted = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
    }

    /** The smallest latency with at least {@code p}% of the values at or below it; NaN when there are none. */
    double percentile(double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
}
