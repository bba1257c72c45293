package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.bench.CorpusGenerator;
import org.newskg.store.NewsStore;

/** A short real load test on a small store: no request fails, and every extra article reaches the store. */
class LoadTestCommandTest {
    @TempDir
    Path dir;

    @Test
    void aShortLoadHasNoErrorsAndTheExtraArticlesAreStored() throws Exception {
        Path db = dir.resolve("db");
        new CorpusGenerator(42).writeTo(dir.resolve("corpus"), 60);
        assertEquals(0, CliRun.of("ingest", "--db", db.toString(), dir.resolve("corpus").toString()).exitCode());

        CliRun run = CliRun.of("loadtest", "--db", db.toString(), "--extra", "10", "--clients", "3", "--seconds", "3", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode r = new ObjectMapper().readTree(run.out());
        for (String key : new String[] {"articles", "extra_ingested", "clients", "seconds", "requests", "errors", "requests_per_s",
            "p50_ms", "p95_ms", "p99_ms", "max_ms", "ingest_articles_per_s", "ingest_finished_in_window", "templates"}) {
            assertTrue(r.has(key), key + " in " + run.out());
        }
        assertEquals(0, r.get("errors").asLong(), run.out());
        assertTrue(r.get("requests").asLong() > 0, run.out());
        assertEquals(60, r.get("articles").asLong());
        assertEquals(10, r.get("extra_ingested").asInt());
        assertTrue(r.get("p50_ms").asDouble() <= r.get("p99_ms").asDouble() && r.get("p99_ms").asDouble() <= r.get("max_ms").asDouble(), run.out());
        try (NewsStore store = NewsStore.openExisting(db)) {
            assertEquals(70, store.stats().articles(), "the extra articles were added, none replaced");
        }
    }

    /** Under a rate limit the clients are refused with 429 and wait as told: refusals are counted apart, not as failures. */
    @Test
    void underARateLimitRefusalsAreCountedApartAndTheIngestStillLands() throws Exception {
        Path db = dir.resolve("db");
        new CorpusGenerator(42).writeTo(dir.resolve("corpus"), 40);
        assertEquals(0, CliRun.of("ingest", "--db", db.toString(), dir.resolve("corpus").toString()).exitCode());

        CliRun run = CliRun.of("loadtest", "--db", db.toString(), "--extra", "10", "--clients", "3", "--seconds", "3",
                "--rate-limit", "2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertEquals(2, r.get("rate_limit").asInt());
        assertTrue(r.get("throttled").asLong() > 0, "three clients in a loop exceed 2 requests/s: " + run.out());
        assertEquals(0, r.get("errors").asLong(), run.out());
        assertTrue(r.get("served_per_s").asDouble() < r.get("requests_per_s").asDouble(), run.out());
        assertEquals(10, r.get("extra_ingested").asInt(), "the ingest through the server waited out its own refusals");
    }

    @Test
    void failedRequestsFailTheRunAndSayWhy() {
        // An empty store has no values for the templates' required parameters: every such call is a 400.
        NewsStore.open(dir.resolve("empty")).close();
        CliRun run = CliRun.of("loadtest", "--db", dir.resolve("empty").toString(), "--extra", "0", "--clients", "2",
                "--seconds", "1", "--max-requests", "20");
        assertEquals(Newskg.SOFTWARE, run.exitCode(), run.out());
        assertTrue(run.err().contains("-> HTTP 400 ") && run.err().contains("missing parameter \""), run.err());
    }

    @Test
    void badOptionsAreAUsageError() {
        CliRun run = CliRun.of("loadtest", "--clients", "0");
        assertEquals(Newskg.USAGE, run.exitCode());
        assertTrue(run.err().contains("--clients must be at least 1"), run.err());
    }
}
