package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newskg search WORDS}: the matching sentences, best first, with their marks, evidence and article. */
class SearchCommandTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ingestSamples() {
        db = CliFixtures.sampleStore(dir);
    }

    @Test
    void printsEachSentenceWithItsMarkedWordsWhatItSupportsAndItsArticle() {
        CliRun run = CliRun.of("search", "--db", db, "Ceasefire", "TALKS");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].startsWith("1. ") && lines[0].contains("⟦ceasefire⟧") && lines[0].contains("⟦talks⟧"), run.out());
        assertTrue(run.out().contains("   evidence for Negotiation <https://w3id.org/newskg/id/event/negotiation/"), run.out());
        assertTrue(run.out().contains("   in \""), run.out());
    }

    @Test
    void limitAndOtherFormats() {
        CliRun one = CliRun.of("search", "--db", db, "--limit", "1", "Zambia");
        assertTrue(one.out().contains("1. ") && !one.out().contains("\n2. ") && one.out().contains("more (--limit)"), one.out());
        CliRun csv = CliRun.of("search", "--db", db, "--format", "csv", "Zambia");
        assertTrue(csv.out().startsWith("match,score,kind,name,articleTitle,about,article,evidence"), csv.out());
    }

    @Test
    void nothingFoundIsSaidAndIsNoError() {
        CliRun run = CliRun.of("search", "--db", db, "zeppelin");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("nothing found for: zeppelin", run.out().strip());
    }

    @Test
    void aSearchWithoutWordsIsAnErrorAsABadTemplateParameterIs() {
        CliRun run = CliRun.of("search", "--db", db, "--", "--");
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("needs at least one word"), run.err());
    }
}
