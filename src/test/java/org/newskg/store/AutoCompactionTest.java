package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.Extractors;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.Pipeline;

/**
 * A store that has outgrown its data is compacted after an ingest; the compacted store validates and exports the
 * same graph, and records its new size, against which the next ingest is judged.
 */
class AutoCompactionTest {
    @TempDir
    Path dir;

    @Test
    void aStorePastTheRatioIsCompactedAndStillHoldsTheSameGraph() throws Exception {
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            assumeTrue(store.size().bytesInUse() >= 0, "skipped: this platform does not tell the disk blocks in use (no du)");
            ingestSamplesTwice(store);
            String before = sortedNQuads(store);
            long quads = store.quadCount();

            // A ratio no store meets: it must compact.
            AutoCompaction.Outcome o = new AutoCompaction(0.001, 0).apply(store);
            assertTrue(o.compacted(), o.toString());
            assertEquals(quads, o.quads());
            assertTrue(o.bytesAfter() <= o.bytesBefore(), o.toString());
            assertEquals(List.of(), new StoreValidator().validate(store), "the compacted store validates");
            assertEquals(before, sortedNQuads(store), "and holds the same quads");
            assertTrue(Files.isRegularFile(dir.resolve("db").resolve("newskg-compaction.properties")), "its size after compaction is recorded");

            // Judged against that recorded size, the same store is not past 3 times it.
            assertFalse(new AutoCompaction(AutoCompaction.RATIO, 0).apply(store).compacted());
        }
    }

    @Test
    void aSmallStoreIsLeftAlone() {
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            ingestSamplesTwice(store);
            AutoCompaction.Outcome o = new AutoCompaction().apply(store);
            assertFalse(o.compacted(), "a store under " + AutoCompaction.MIN_BYTES + " bytes: " + o);
        }
    }

    /** The samples, then again with one change each run makes (new write transactions, so old blocks to leave behind). */
    private static void ingestSamplesTwice(NewsStore store) {
        for (int i = 0; i < 2; i++) {
            Pipeline.builder(store).extractor(Extractors.defaultExtractor()).listener(IngestListener.onRejected(p -> {
                throw p;
            })).batch(1).files(List.of(Path.of("data/samples"))).build().run();
        }
    }

    private static String sortedNQuads(NewsStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(ExportFormat.NQ, out);
        return String.join("\n", out.toString(StandardCharsets.UTF_8).lines().sorted().toList());
    }
}
