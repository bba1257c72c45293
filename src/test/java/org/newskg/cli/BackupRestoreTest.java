package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void ingestTwoArticles() throws IOException {
        Files.writeString(dir.resolve("a.txt"), """
                title: Envoys meet in Valletta
                date: 2025-03-10

                Envoys of Malta and Tunisia met in Valletta on Monday to discuss fishing rights, officials said.
                """);
        Files.writeString(dir.resolve("b.txt"), """
                title: Talks resume in Oslo
                date: 2025-03-12

                Norway and Iceland resumed talks in Oslo on Wednesday over the mackerel quota.
                """);
        db = dir.resolve("db").toString();
        assertEquals(0, CliRun.of("ingest", "--db", db, dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString()).exitCode());
    }

    @Test
    void restoredStoreExportsTheSameGraphsAsTheOriginal() {
        Path backup = dir.resolve("news.nq.gz");
        CliRun b = CliRun.of("backup", "--db", db, "--out", backup.toString());
        assertEquals(0, b.exitCode(), b.err());
        assertTrue(b.out().startsWith("backed up ") && b.out().contains(backup.toString()), b.out());

        String copy = dir.resolve("copy").toString();
        CliRun r = CliRun.of("restore", "--db", copy, backup.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(IsoMatcher.isomorphic(export(db).asDatasetGraph(), export(copy).asDatasetGraph()));
        assertEquals(0, CliRun.of("validate", "--db", copy).exitCode());
    }

    @Test
    void anExistingStoreIsReplacedOnlyWhenAsked() throws IOException {
        Path backup = dir.resolve("news.nq.gz");
        CliRun.of("backup", "--db", db, "--out", backup.toString());
        Files.writeString(dir.resolve("c.txt"), "title: Later news\ndate: 2025-04-01\n\nPoland and Lithuania signed a rail agreement in Vilnius.\n");
        CliRun.of("ingest", "--db", db, dir.resolve("c.txt").toString());
        Dataset withThree = export(db);

        CliRun refused = CliRun.of("restore", "--db", db, backup.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("already exists") && refused.err().contains("--replace"), refused.err());
        assertTrue(IsoMatcher.isomorphic(withThree.asDatasetGraph(), export(db).asDatasetGraph()), "a refused restore leaves the store alone");

        CliRun replaced = CliRun.of("restore", "--db", db, "--replace", backup.toString());
        assertEquals(0, replaced.exitCode(), replaced.err());
        assertTrue(CliRun.of("stats", "--db", db).out().contains("articles   2"));
    }

    @Test
    void aDamagedBackupIsNamedAndTheStoreIsLeftAsItWas() throws IOException {
        Path damaged = dir.resolve("damaged.nq.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(damaged))) {
            o.write("<urn:x:s> <urn:x:p> <urn:x:o> <urn:x:g> .\n<urn:x:s> <urn:x:p> \"unterminated .\n".getBytes());
        }
        Dataset before = export(db);
        CliRun r = CliRun.of("restore", "--db", db, "--replace", damaged.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains(damaged.toString()) && r.err().contains("damaged"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertTrue(IsoMatcher.isomorphic(before.asDatasetGraph(), export(db).asDatasetGraph()));
        assertFalse(Files.exists(dir.resolve("db.restoring")), "the staging store is cleaned up");

        CliRun missing = CliRun.of("restore", "--db", dir.resolve("other").toString(), dir.resolve("nope.nq.gz").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nope.nq.gz"), missing.err());
    }

    private Dataset export(String store) {
        Path out = dir.resolve("export-" + System.nanoTime() + ".nq");
        assertEquals(0, CliRun.of("export", "--db", store, "--format", "nq", "--out", out.toString()).exitCode());
        return RDFDataMgr.loadDataset(out.toString());
    }
}
