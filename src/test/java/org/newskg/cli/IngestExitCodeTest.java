package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ingest's exit code keeps the README's promise: 0 when at least one article is in the store after the
 * run. A rejected input (here a missing path) is reported on standard error, and fails the run only
 * under --strict or when the store holds no article.
 */
class IngestExitCodeTest {
    @TempDir
    Path dir;

    @Test
    void aMissingPathBesideAStoreThatHoldsArticlesIsReportedAndExitsZero() {
        String db = dir.resolve("db").toString();
        assertEquals(0, CliRun.of("ingest", "--db", db, "data/samples").exitCode());
        String missing = dir.resolve("nope").toString();
        CliRun run = CliRun.of("ingest", "--db", db, missing);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("rejected  " + missing + ": no such file"), run.err());
        assertTrue(run.out().contains("0 article(s) stored") && run.out().contains("1 rejected"), run.out());
    }

    @Test
    void underStrictTheMissingPathFailsTheRun() {
        String db = dir.resolve("db").toString();
        CliRun.of("ingest", "--db", db, "data/samples");
        assertEquals(1, CliRun.of("ingest", "--db", db, "--strict", dir.resolve("nope").toString()).exitCode());
    }

    @Test
    void aMissingPathIntoAnEmptyStoreFailsSinceNoArticleIsThere() {
        CliRun run = CliRun.of("ingest", "--db", dir.resolve("db").toString(), dir.resolve("nope").toString());
        assertEquals(1, run.exitCode());
    }
}
