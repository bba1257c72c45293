package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.WarcArticlesTest;

/** {@code ingest x.warc.gz}: its pages stored, its other records counted, its broken record one line, a second run a no-op. */
class IngestWarcTest {
    @TempDir
    Path dir;

    @Test
    void aWebArchiveIsIngestedAndIngestingItAgainChangesNothing() throws Exception {
        Path warc = WarcArticlesTest.writeArchive(dir.resolve("CC-NEWS-test.warc.gz"), true);
        String db = dir.resolve("db").toString();
        CliRun first = CliRun.of("ingest", "--db", db, warc.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("2 article(s) stored (2 added, 0 replaced, 0 unchanged), 1 rejected"), first.out());
        assertTrue(first.out().contains("date from fetched"), "an undated page says its date is the fetch date: " + first.out());
        assertTrue(first.err().contains("record at offset") && first.err().contains("unreadable"), first.err());
        assertTrue(first.err().contains("2 HTML response(s) read; 4 record(s) skipped (1 request, 1 response HTTP 404, "
                + "1 response not HTML, 1 warcinfo); 1 record(s) unreadable"), first.err());

        CliRun again = CliRun.of("ingest", "--db", db, warc.toString());
        assertTrue(again.out().contains("2 article(s) stored (0 added, 0 replaced, 2 unchanged)"), again.out());
        assertTrue(CliRun.of("export", "--db", db, "--format", "nq").out().contains("<https://news.example/quito>"));
    }
}
