package org.newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Compacts a TDB2 store after an ingest once it has outgrown its data. TDB2 copies every index block a write
 * transaction changes and keeps the old copies until compaction, so a store grows faster than what it holds.
 * Here the blocks in use are set against the quads held times the bytes a quad took right after the last
 * compaction (recorded in the store's folder; before any, what Jena's basic loader takes); past
 * {@link #RATIO} times that, the store is compacted into a new generation and the old one deleted.
 */
public final class AutoCompaction {
    /** How far past its compacted size a store may grow before it is compacted. */
    public static final double RATIO = 3.0;
    /** Smaller stores are left alone: the blocks they waste are not worth a copy of everything. */
    public static final long MIN_BYTES = 256L << 20;
    /** Bytes per quad before a first compaction: Jena's basic loader, bench of 2,000 articles (97.5 MB / 283,709 quads). */
    static final double DEFAULT_BYTES_PER_QUAD = 344;
    private static final String BASELINE = "newskg-compaction.properties";

    /** What was found and done: sizes are disk blocks in use, -1 when unknown. */
    public record Outcome(boolean compacted, long bytesBefore, long bytesAfter, long quads, double limitBytes) {}

    private final double ratio;
    private final long minBytes;

    public AutoCompaction() {
        this(RATIO, MIN_BYTES);
    }

    AutoCompaction(double ratio, long minBytes) {
        this.ratio = ratio;
        this.minBytes = minBytes;
    }

    /** Compacts {@code store} when it has grown past the ratio; otherwise leaves it as it is. */
    public Outcome apply(NewsStore store) {
        long before = store.size().bytesInUse();
        if (before < 0 || before < minBytes) return new Outcome(false, before, before, -1, Double.NaN);
        long quads = store.quadCount();
        double limit = ratio * quads * bytesPerQuad(store.directory());
        if (before <= limit) return new Outcome(false, before, before, quads, limit);
        store.compact();
        long after = store.size().bytesInUse();
        record(store.directory(), after, quads);
        return new Outcome(true, before, after, quads, limit);
    }

    private static double bytesPerQuad(Path dir) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve(BASELINE))) {
            p.load(in);
            double bytes = Double.parseDouble(p.getProperty("bytes"));
            double quads = Double.parseDouble(p.getProperty("quads"));
            return quads > 0 && bytes > 0 ? bytes / quads : DEFAULT_BYTES_PER_QUAD;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_BYTES_PER_QUAD; // none yet, or unreadable: the loader's figure
        }
    }

    private static void record(Path dir, long bytes, long quads) {
        if (bytes < 0) return;
        Properties p = new Properties();
        p.setProperty("bytes", Long.toString(bytes));
        p.setProperty("quads", Long.toString(quads));
        try (OutputStream out = Files.newOutputStream(dir.resolve(BASELINE))) {
            p.store(out, "newskg: the store's size right after its last compaction (disk blocks in use), and the quads it held");
        } catch (IOException e) {
            // Without it the next check uses the loader's figure: a compaction may come sooner, never wrongly.
        }
    }
}
