package org.newskg.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Files seen growing, and when each stopped: a file is steady once its size and modification time
 * have stayed the same for the settle time. A writer that pauses longer than that between pieces
 * should write under another name and rename the file when done (what rsync, curl and browsers do).
 */
final class SteadyFiles {
    /** What a file looked like, and since when (monotonic nanoseconds). */
    record Look(long size, Instant modified) {}

    private record Seen(Look look, long sinceNanos) {}

    private final long settleNanos;
    private final Map<Path, Seen> seen = new HashMap<>();

    SteadyFiles(Duration settle) {
        this.settleNanos = settle.toNanos();
    }

    /** Notes how {@code file} looks at {@code nowNanos}; a new look restarts its clock. */
    void observe(Path file, Look look, long nowNanos) {
        Seen before = seen.get(file);
        if (before == null || !before.look().equals(look)) seen.put(file, new Seen(look, nowNanos));
    }

    /** Stops following a file (ingested, recorded unchanged, or gone). */
    void forget(Path file) {
        seen.remove(file);
    }

    /** The files followed, sorted. */
    List<Path> followed() {
        List<Path> out = new ArrayList<>(seen.keySet());
        out.sort(null);
        return out;
    }

    /** The followed files that have not changed for the settle time, sorted, with how they look. */
    Map<Path, Look> steady(long nowNanos) {
        Map<Path, Look> out = new java.util.TreeMap<>();
        seen.forEach((f, s) -> {
            if (nowNanos - s.sinceNanos() >= settleNanos) out.put(f, s.look());
        });
        return out;
    }

    boolean isEmpty() {
        return seen.isEmpty();
    }

    /** How a file looks now, or null when it is gone or unreadable. */
    static Look look(Path file) {
        try {
            var attrs = java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return attrs.isRegularFile() ? new Look(attrs.size(), attrs.lastModifiedTime().toInstant()) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static boolean same(Look a, Look b) {
        return Objects.equals(a, b);
    }
}
