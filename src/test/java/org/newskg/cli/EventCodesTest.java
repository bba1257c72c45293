package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved query events-by-code finds events by CAMEO code (and the codes under it) and by PLOVER type and mode. */
class EventCodesTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ingest() throws Exception {
        CliFixtures.article(dir, "drone.txt", "A drone strike hit a market in Kharkiv on Monday, killing five people, officials said.");
        CliFixtures.article(dir, "talks.txt", "The foreign ministers of Peru and Chile met in Lima on Tuesday to discuss fishing rights.");
        db = dir.resolve("db").toString();
        CliRun run = CliRun.of("ingest", "--db", db, dir.resolve("drone.txt").toString(), dir.resolve("talks.txt").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aCameoCodeFindsTheEventsCodedUnderIt() {
        String aerial = query("cameo=195");
        assertTrue(aerial.contains("drone-strike,1952,ASSAULT drone,Kharkiv"), "1952 lies under 195: " + aerial);
        assertTrue(!aerial.contains("Lima"), aerial);
        assertEquals(1, query("cameo=19").lines().count() - 1);
        assertEquals(0, query("cameo=1951").lines().count() - 1, "a sibling code finds nothing");
    }

    @Test
    void aPloverTypeAndModeFindTheirEvents() {
        assertTrue(query("plover=CONSULT").contains("meeting-held,040,CONSULT,Lima"));
        assertTrue(query("mode=drone").contains("Kharkiv"));
        assertEquals(0, query("plover=CONSULT", "mode=drone").lines().count() - 1, "both filters must hold");
    }

    private static String query(String... params) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("query", "events-by-code", "--db", db, "--format", "csv"));
        for (String p : params) args.addAll(java.util.List.of("--param", p));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }
}
