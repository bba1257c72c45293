package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestSeeds;
import org.newskg.bench.CorpusGenerator;
import org.newskg.extract.rules.RuleExtractor;
import org.newskg.rdf.NKG;
import org.newskg.store.ExportFormat;
import org.newskg.store.NewsStore;

/**
 * The same files give the same graph however they are ingested: once, twice or three times into one
 * store, or split over two runs (a run killed between batches and run again is such a split run). An article already stored from the same source is not resolved again,
 * and an inference about an article never reads what that article said itself. Every export of the
 * result parses with Jena's strict parsers.
 */
class ReRunTest {
    @TempDir
    Path dir;

    @Test
    void theSamplesGiveOneGraphAcrossRuns() throws IOException {
        assertStableAcrossRuns("samples", inputFiles(Path.of("data/samples")));
    }

    @Test
    void theSeedsGiveOneGraphAcrossRuns() throws IOException {
        TestSeeds.assumePresent(ReRunTest.class);
        assertStableAcrossRuns("seeds", inputFiles(TestSeeds.DIR));
    }

    /** 600 generated articles in a developer's run; {@code .ci/run} asks for 3,000 ({@code -Dnewskg.rerun.articles}). */
    @Test
    void aGeneratedCorpusGivesOneGraphAcrossRuns() {
        int n = Integer.getInteger("newskg.rerun.articles", 600);
        System.out.println("ReRunTest: a generated corpus of " + n + " articles");
        assertStableAcrossRuns("generated", new CorpusGenerator(7).writeTo(dir.resolve("corpus"), n));
    }

    private void assertStableAcrossRuns(String name, List<Path> files) {
        Path store = dir.resolve(name + "-store");
        Set<String> once = ingest(store, files);
        assertTrue(once.size() > 20, "statements: " + once.size());
        assertSameStatements(once, ingest(store, files), "a second run changes nothing");
        assertSameStatements(once, ingest(store, files), "a third run changes nothing");
        Path split = dir.resolve(name + "-split");
        ingest(split, files.subList(0, files.size() / 2));
        assertSameStatements(once, ingest(split, files), "a run split in two gives the graph of one run");
        assertEveryExportParsesStrictly(store);
    }

    /** Fails with the first few statements that differ (the graphs have no blank nodes: equal lines are isomorphic graphs). */
    private static void assertSameStatements(Set<String> expected, Set<String> actual, String what) {
        if (expected.equals(actual)) return;
        List<String> lost = expected.stream().filter(l -> !actual.contains(l)).limit(3).toList();
        List<String> gained = actual.stream().filter(l -> !expected.contains(l)).limit(3).toList();
        assertTrue(lost.isEmpty() && gained.isEmpty(), what + "; lost " + lost + ", gained " + gained);
    }

    /** Ingests into the store at {@code dir}; its quads afterwards as sorted N-Quads, ingest times left out. */
    private static Set<String> ingest(Path dir, List<Path> files) {
        List<String> rejected = new ArrayList<>();
        try (NewsStore store = NewsStore.open(dir)) {
            Pipeline.builder(store).extractor(new RuleExtractor()).listener(IngestListener.onRejected(p -> rejected.add(p.getMessage()))).batch(500)
                    .files(files).build().run();
            assertEquals(List.of(), rejected);
            ByteArrayOutputStream nq = new ByteArrayOutputStream();
            store.export(ExportFormat.NQ, nq);
            TreeSet<String> lines = new TreeSet<>(List.of(nq.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")));
            lines.removeIf(l -> l.contains(NKG.generatedAtTime.getURI()));
            return lines;
        }
    }

    private static void assertEveryExportParsesStrictly(Path dir) {
        try (NewsStore store = NewsStore.open(dir)) {
            for (ExportFormat format : ExportFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.export(format, out);
                DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
                try {
                    RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(format.rdfFormat().getLang()).strict(true)
                            .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(parsed);
                } catch (RuntimeException e) {
                    fail(format + " export does not parse strictly: " + e.getMessage());
                }
                assertTrue(parsed.stream().findAny().isPresent(), format + " export is not empty");
            }
        }
    }

    private static List<Path> inputFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().matches(".*\\.(txt|html?)$")).sorted().toList();
        }
    }
}
