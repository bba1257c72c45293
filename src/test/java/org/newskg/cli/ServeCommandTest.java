package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits and secrets given to serve that cannot work are a wrong command line (exit 2), named, before anything starts. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void impossibleLimitsAreRefusedWithTheOptionNamed() {
        String db = dir.resolve("db").toString();
        assertRefused("--max-exports must be at least 1", "serve", "--db", db, "--max-exports", "0");
        assertRefused("--export-minutes must be at least 1", "serve", "--db", db, "--export-minutes", "0");
        assertRefused("--rate-limit must be 0", "serve", "--db", db, "--rate-limit", "-1");
        assertRefused("--https-keystore needs its password", "serve", "--db", db, "--https-keystore", dir.resolve("k.p12").toString());
        assertRefused("--https-password-file needs --https-keystore", "serve", "--db", db, "--https-password-file", "x");
    }

    @Test
    void ingestOptionsWithoutIngestAreRefusedNotIgnored() {
        String db = dir.resolve("db").toString();
        assertRefused("--threads applies to what serve ingests", "serve", "--db", db, "--threads", "2");
        assertRefused("--curation applies to what serve ingests", "serve", "--db", db, "--curation", "x.tsv");
        assertRefused("--no-compact applies to what serve ingests", "serve", "--db", db, "--no-compact");
        assertRefused("--settle applies to --watch DIR", "serve", "--db", db, "--settle", "5s");
        assertRefused("--follow-deletes applies to --watch DIR", "serve", "--db", db, "--follow-deletes");
    }

    private static void assertRefused(String message, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(message), run.err());
    }
}
