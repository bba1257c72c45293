package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysts merge two actors and split a name off one; later ingests obey. */
class CurationTest {
    @TempDir
    Path dir;


    @Test
    void mergeThenSplitAndLaterIngestsObey() throws IOException {
        String db = dir.resolve("db").toString();
        String curation = dir.resolve("curation.tsv").toString();
        Path a = CliFixtures.article(dir, "a.txt", "Envoy Omar Haddad met Chilean Foreign Minister Rosa Vidal in Geneva on Monday.");
        Path b = CliFixtures.article(dir, "b.txt", "Envoy Umar Haddad met Chilean Foreign Minister Rosa Vidal in Lima on Tuesday.");
        CliRun.of("ingest", "--db", db, "--curation", curation, a.toString(), b.toString());
        assertEquals(3, CliFixtures.people(db), "Omar and Umar Haddad are two people until an analyst says otherwise");

        String omar = "https://w3id.org/newskg/id/person/omar-haddad";
        String umar = "https://w3id.org/newskg/id/person/umar-haddad";
        CliRun merged = CliRun.of("merge", "--db", db, "--curation", curation, omar, umar);
        assertEquals(0, merged.exitCode(), merged.err());
        assertTrue(merged.out().contains("in 1 article(s)"), merged.out());
        assertEquals(2, CliFixtures.people(db));
        assertTrue(Files.readString(Path.of(curation)).contains("same\t" + omar + "\t" + umar));
        assertEquals(0, CliRun.of("validate", "--db", db).exitCode());

        Path c = CliFixtures.article(dir, "c.txt", "Envoy Umar Haddad met Chilean Foreign Minister Rosa Vidal in Quito on Friday.");
        CliRun.of("ingest", "--db", db, "--curation", curation, c.toString());
        assertEquals(2, CliFixtures.people(db), "a later article resolves Umar Haddad to the merged node");

        CliRun split = CliRun.of("split", "--db", db, "--curation", curation, omar, "Umar Haddad");
        assertEquals(0, split.exitCode(), split.err());
        assertTrue(split.out().contains("in 2 article(s)"), split.out());
        assertEquals(3, CliFixtures.people(db));
        assertEquals(0, CliRun.of("validate", "--db", db).exitCode(), CliRun.of("validate", "--db", db).out());
        Path d = CliFixtures.article(dir, "d.txt", "Envoy Umar Haddad met Chilean Foreign Minister Rosa Vidal in Bogota on Thursday.");
        CliRun.of("ingest", "--db", db, "--curation", curation, d.toString());
        assertEquals(3, CliFixtures.people(db), "the split holds for later ingests");
    }

    @Test
    void splitWithABadArgumentIsAUsageErrorAndRecordsNothing() throws IOException {
        String db = dir.resolve("db").toString();
        String curation = dir.resolve("curation.tsv").toString();
        CliRun.of("ingest", "--db", db, "--curation", curation,
                CliFixtures.article(dir, "a.txt", "Envoy Omar Haddad met Chilean Foreign Minister Rosa Vidal in Geneva on Monday.").toString());
        CliRun notOurs = CliRun.of("split", "--db", db, "--curation", curation, "https://example.org/omar", "Umar Haddad");
        assertEquals(Newskg.USAGE, notOurs.exitCode(), notOurs.err());
        assertTrue(notOurs.err().contains("not a newskg IRI: https://example.org/omar"), notOurs.err());
        CliRun sameName = CliRun.of("split", "--db", db, "--curation", curation, "https://w3id.org/newskg/id/person/omar-haddad", "Omar Haddad");
        assertEquals(Newskg.USAGE, sameName.exitCode(), sameName.err());
        assertTrue(sameName.err().contains("is the name https://w3id.org/newskg/id/person/omar-haddad is made from"), sameName.err());
        assertTrue(!Files.exists(Path.of(curation)) || !Files.readString(Path.of(curation)).contains("different"), "nothing recorded");
    }
}
