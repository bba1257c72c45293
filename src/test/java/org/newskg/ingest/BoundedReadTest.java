package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file is read no further than --max-bytes even when its size said it was small (a file still being
 * written, a named pipe): memory per article has a ceiling whatever the file system reports.
 */
class BoundedReadTest {
    @TempDir
    Path dir;

    @Test
    void aFileLargerThanItsReportedSizeIsRejectedAfterReadingOnlyTheLimit() throws Exception {
        Path fifo = dir.resolve("stream.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "skipped: no mkfifo");
        assertEquals(0, Files.size(fifo), "a pipe reports no size");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                byte[] line = "Envoys met in Tallinn on Monday, officials said.\n".getBytes();
                for (int i = 0; i < 10_000; i++) out.write(line);
            } catch (IOException readerStopped) {
                // the reader closes the pipe once it has the limit
            }
        });
        writer.start();
        List<ReadResult> read = new ArticleReader(1000).read(fifo);
        writer.join(10_000);
        ReadResult.Rejected rejected = assertInstanceOf(ReadResult.Rejected.class, read.get(0));
        assertTrue(rejected.error().getMessage().contains("too large (") && rejected.error().getMessage().contains("> limit 1000 bytes"),
                rejected.error().getMessage());
    }
}
