package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small articles written for a test, and what the store says of them, shared by the command-line tests. */
final class CliFixtures {
    private CliFixtures() {}

    /** A dated plain-text article {@code name} in {@code dir} with this one paragraph. */
    static Path article(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), "title: " + name + "\ndate: 2025-02-03\n\n" + text + "\n");
    }

    /** Ingests the bundled samples into a new store under {@code dir}; its path. */
    static String sampleStore(Path dir) {
        String db = dir.resolve("db").toString();
        CliRun ingest = CliRun.of("ingest", "--db", db, "data/samples");
        org.junit.jupiter.api.Assertions.assertEquals(0, ingest.exitCode(), ingest.err());
        return db;
    }

    /** The number of people {@code stats} counts in the store {@code db}. */
    static long people(String db) {
        String stats = CliRun.of("stats", "--db", db).out();
        return Long.parseLong(stats.replaceAll("(?s).*Person +(\\d+).*", "$1"));
    }
}
