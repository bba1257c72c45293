package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final String ARTICLE = """
            title: Envoys meet in Valletta
            date: 2025-03-10

            Envoys of the two states met in Valletta on Monday to discuss the border, officials said.
            """;

    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandAndEachCommandHasHelp() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        for (String c : new String[] {"ingest", "extract", "export", "stats", "validate", "remove", "compact"}) {
            assertTrue(help.out().contains(c), c);
            CliRun sub = CliRun.of(c, "--help");
            assertEquals(0, sub.exitCode(), c);
            assertTrue(sub.out().startsWith("Usage: newskg " + c), sub.out());
        }
    }

    @Test
    void ingestPrintsALinePerArticleAndASummary() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        CliRun run = CliRun.of("ingest", "--db", dir.resolve("db").toString(), a.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("added") && run.out().contains("2025-03-10") && run.out().contains("\"Envoys meet in Valletta\""), run.out());
        assertTrue(run.out().contains("1 article(s) stored (1 added, 0 replaced, 0 unchanged), 0 rejected"), run.out());
        CliRun again = CliRun.of("ingest", "--db", dir.resolve("db").toString(), a.toString());
        assertTrue(again.out().contains("(0 added, 0 replaced, 1 unchanged)"), again.out());
    }

    /** Two pages under one URL: the first, and another with a different title and text. */
    static Path[] twoPagesUnderOneUrl(Path dir) throws IOException {
        String url = "url: https://news.example/world/story\n";
        return new Path[] {
            Files.writeString(dir.resolve("first.txt"), url + "title: Border talks resume\n\n"
                    + "Envoys of the two states met in Valletta on Monday to discuss the border, officials said.\n"),
            Files.writeString(dir.resolve("second.txt"), url + "title: Coastal road shut by floods\n\n"
                    + "Flooding closed the coastal road on Friday after two days of heavy rain, the police said.\n")};
    }

    @Test
    void replacingAnArticleWithADifferentPageSaysSo() throws IOException {
        Path[] pages = twoPagesUnderOneUrl(dir);
        String db = dir.resolve("db").toString();
        CliRun first = CliRun.of("ingest", "--db", db, pages[0].toString());
        assertFalse(first.out().contains("different page"), first.out());
        CliRun second = CliRun.of("ingest", "--db", db, pages[1].toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("replaced: a different page (title was \"Border talks resume\")"), second.out());
        CliRun oneRun = CliRun.of("ingest", "--db", dir.resolve("db2").toString(), pages[0].toString(), pages[1].toString());
        assertTrue(oneRun.out().contains("replaced: a different page (title was \"Border talks resume\")"), "within one batch: " + oneRun.out());
    }

    @Test
    void aNewVersionOfTheSamePageIsReplacedWithoutComment() throws IOException {
        String db = dir.resolve("db").toString();
        Path a = Files.writeString(dir.resolve("a.txt"), "url: https://news.example/world/story\n" + ARTICLE);
        CliRun.of("ingest", "--db", db, a.toString());
        Files.writeString(a, "url: https://news.example/world/story\n" + ARTICLE.replace("Envoys meet in Valletta", "Envoys meet in Malta"));
        CliRun corrected = CliRun.of("ingest", "--db", db, a.toString());
        assertTrue(corrected.out().startsWith("replaced"), corrected.out());
        assertFalse(corrected.out().contains("different page"), "a corrected headline over the same text: " + corrected.out());
    }

    @Test
    void rejectedInputIsOneLineAndTheBatchGoesOn() throws IOException {
        Path good = Files.writeString(dir.resolve("b-good.txt"), ARTICLE);
        Path empty = Files.writeString(dir.resolve("a-empty.txt"), "");
        Path binary = Files.write(dir.resolve("c-image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        String db = dir.resolve("db").toString();
        CliRun run = CliRun.of("ingest", "--db", db, empty.toString(), good.toString(), binary.toString());
        assertEquals(0, run.exitCode(), "one article went in");
        assertEquals(2, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("rejected  " + empty + ": empty file"), run.err());
        assertTrue(run.err().contains(binary + ": binary file (a PNG image)"), run.err());
        assertTrue(run.out().contains("1 article(s) stored"), run.out());
        assertEquals(1, CliRun.of("ingest", "--strict", "--db", db, empty.toString(), good.toString()).exitCode());
        // The README's promise is about the store: it still holds the article, so only --strict fails the run.
        assertEquals(0, CliRun.of("ingest", "--db", db, empty.toString()).exitCode(), "nothing went in, but the store holds an article");
        assertEquals(1, CliRun.of("ingest", "--db", dir.resolve("new").toString(), empty.toString()).exitCode(), "no article in the store");
    }

    @Test
    void extractWritesNQuadsShardsForBulkLoading() {
        Path shards = dir.resolve("shards");
        CliRun run = CliRun.of("extract", "data/samples", "--format", "nq", "--out", shards.toString(), "--shard", "3");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("wrote 8 article graphs in 3 shard(s)"), run.out());
        org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.create();
        for (int i = 0; i < 3; i++) org.apache.jena.riot.RDFDataMgr.read(ds, shards.resolve(String.format("shard-%05d.nq", i)).toString());
        assertEquals(8, ds.asDatasetGraph().size(), "one named graph per article");
    }

    @Test
    void errorsAreOneLineWithoutStackTrace() {
        CliRun run = CliRun.of("stats", "--db", dir.resolve("none").toString());
        assertEquals(1, run.exitCode());
        assertEquals("newskg: no store at " + dir.resolve("none") + " (run 'newskg ingest' first, or pass --db)", run.err().strip());
        CliRun usage = CliRun.of("export", "--format");
        assertEquals(2, usage.exitCode());
        assertFalse(usage.err().contains("\tat "), usage.err());
    }

    @Test
    void exportsRemovesAndValidates() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        String db = dir.resolve("db").toString();
        CliRun.of("ingest", "--db", db, a.toString());
        Path out = dir.resolve("out.ttl");
        assertEquals(0, CliRun.of("export", "--db", db, "--format", "ttl", "--out", out.toString()).exitCode());
        assertTrue(Files.readString(out).contains("Envoys meet in Valletta"));
        CliRun toStdout = CliRun.of("export", "--db", db, "--format", "ttl");
        assertEquals(0, toStdout.exitCode(), toStdout.err());
        assertTrue(toStdout.out().contains("Envoys meet in Valletta"), "without --out the export goes to stdout: " + toStdout.out());
        assertEquals(1, CliRun.of("export", "--db", db, "--format", "xml", "--out", out.toString()).exitCode());
        CliRun valid = CliRun.of("validate", "--db", db);
        assertEquals(0, valid.exitCode(), valid.out());
        CliRun stats = CliRun.of("stats", "--db", db);
        assertTrue(stats.out().contains("articles   1"), stats.out());
        CliRun removed = CliRun.of("remove", "--db", db, "a.txt");
        assertEquals(0, removed.exitCode(), removed.err());
        assertTrue(CliRun.of("stats", "--db", db).out().contains("articles   0"));
        assertEquals(1, CliRun.of("remove", "--db", db, "a.txt").exitCode());
        CliRun compact = CliRun.of("compact", "--db", db);
        assertEquals(0, compact.exitCode(), compact.err());
        assertTrue(compact.out().startsWith("compacted "), compact.out());
    }
}
