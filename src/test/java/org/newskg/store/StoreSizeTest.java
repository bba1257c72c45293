package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store's size is told two ways: the disk blocks its (sparse) files take, and their apparent size. */
class StoreSizeTest {
    @TempDir
    Path dir;

    @Test
    void aSparseFileCountsAtItsApparentSizeButTakesFewBlocks() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("sparse.dat").toFile(), "rw")) {
            f.setLength(64L << 20); // 64 MB of hole, as TDB2 grows its files ahead of the data
            f.write(new byte[] {1});
        }
        StoreSize size = StoreSize.of(dir);
        assertEquals(64L << 20, size.apparentBytes());
        assumeTrue(size.bytesInUse() >= 0, "skipped: no du here, so the blocks in use are unknown");
        assertTrue(size.bytesInUse() < 1L << 20, "blocks in use: " + size.bytesInUse());
        assertEquals(size.bytesInUse(), size.bestBytes());
    }

    @Test
    void aNewStoreTakesFarLessDiskThanItsFilesAppearTo() {
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            StoreSize size = store.size();
            assumeTrue(size.bytesInUse() >= 0, "skipped: no du here");
            assertTrue(size.apparentBytes() > 10 * size.bytesInUse(), size.toString());
        }
    }
}
