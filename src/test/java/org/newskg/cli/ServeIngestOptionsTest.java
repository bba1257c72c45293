package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --ingest} takes every ingest option, as {@code ingest} does (it once dropped --curation, --threads and --max-bytes). */
class ServeIngestOptionsTest {
    @TempDir
    Path dir;


    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // should it serve after all, the test fails rather than hangs
    void curationMaxBytesThreadsAndStrictReachTheIngest() throws IOException {
        String db = dir.resolve("db").toString();
        Path a = CliFixtures.article(dir, "a.txt", "Envoy Omar Haddad met Chilean Foreign Minister Rosa Vidal in Geneva on Monday.");
        Path b = CliFixtures.article(dir, "b.txt", "Envoy Umar Haddad met Chilean Foreign Minister Rosa Vidal in Lima on Tuesday.");
        Path big = CliFixtures.article(dir, "big.txt", "Envoys met in Geneva on Monday, officials said. ".repeat(60));
        Path curation = Files.writeString(dir.resolve("curation.tsv"),
                "same\thttps://w3id.org/newskg/id/person/omar-haddad\thttps://w3id.org/newskg/id/person/umar-haddad\n");

        CliRun run = CliRun.of("serve", "--db", db, "--port", "0", "--ingest", a.toString(), b.toString(), big.toString(),
                "--curation", curation.toString(), "--max-bytes", "1K", "--threads", "1", "--strict");

        assertEquals(Newskg.SOFTWARE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("big.txt") && run.err().contains("too large") && run.err().contains("--max-bytes"), run.err());
        assertTrue(run.out().contains("ingested 2 article(s)") && run.out().contains("1 rejected"), run.out());
        assertTrue(run.err().contains("not serving"), run.err());
        assertEquals(2, CliFixtures.people(db), "the curation file merged Omar and Umar Haddad");
    }

    @Test
    void aThreadCountBelowOneIsAUsageError() throws IOException {
        Path a = CliFixtures.article(dir, "a.txt", "Envoy Omar Haddad met Chilean Foreign Minister Rosa Vidal in Geneva on Monday.");
        CliRun run = CliRun.of("serve", "--db", dir.resolve("db").toString(), "--port", "0", "--ingest", a.toString(), "--threads", "0");
        assertEquals(Newskg.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("--threads must be at least 1"), run.err());
        CliRun ingest = CliRun.of("ingest", "--db", dir.resolve("db").toString(), a.toString(), "--threads", "0");
        assertEquals(Newskg.USAGE, ingest.exitCode(), ingest.out() + ingest.err());
        assertTrue(ingest.err().contains("--threads must be at least 1"), ingest.err());
    }
}
