package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.bench.CorpusGenerator;
import org.newskg.pipeline.FileBatchExtraction;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.PipelineBuilder;
import org.newskg.rdf.NKG;
import org.newskg.store.NewsStore;

/**
 * The Spark job in local mode on a generated corpus: its extraction JSON, ingested part after part,
 * makes a graph isomorphic to a local ingest of the same files; its N-Quads hold each article's graph.
 */
class ExtractJobTest {
    private static final int ARTICLES = 300;

    @TempDir
    static Path dir;
    static JavaSparkContext sc;
    static List<Path> corpus;

    @BeforeAll
    static void start() {
        corpus = new CorpusGenerator(7).writeTo(dir.resolve("corpus"), ARTICLES);
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("newskg test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
        sc.setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        if (sc != null) sc.close();
    }

    @Test
    void theSparkOutputIngestedGivesTheGraphOfALocalIngest() throws IOException {
        Path out = dir.resolve("json");
        ExtractJob.Summary s = ExtractJob.run(sc, List.of(dir.resolve("corpus").toUri().toString()), out.toUri().toString(),
                FileBatchExtraction.Format.EXTRACTION_JSON, 5, 4L << 20);
        assertEquals(corpus.size(), s.files());
        assertEquals(0, s.refused());
        List<Path> parts = parts(out);
        assertEquals(5, parts.size(), "one part a share");
        long lines = 0;
        for (Path p : parts) lines += Files.readAllLines(p).size();
        assertEquals(s.articles(), lines);

        DatasetGraph fromSpark = ingest("from-spark", b -> b.extractions(parts));
        DatasetGraph local = ingest("local", b -> b.files(List.of(dir.resolve("corpus"))));
        assertTrue(IsoMatcher.isomorphic(local, fromSpark), "the same graph as a local ingest");
    }

    @Test
    void nquadsHoldOneNamedGraphPerArticle() throws IOException {
        Path out = dir.resolve("nq");
        ExtractJob.Summary s = ExtractJob.run(sc, List.of(dir.resolve("corpus").toString()), out.toString(),
                FileBatchExtraction.Format.NQUADS, 3, 4L << 20);
        DatasetGraph quads = DatasetGraphFactory.createTxnMem();
        for (Path p : parts(out)) RDFDataMgr.read(quads, p.toString(), org.apache.jena.riot.Lang.NQUADS);
        assertEquals(s.articles(), quads.size());
    }

    private static List<Path> parts(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static DatasetGraph ingest(String name, java.util.function.UnaryOperator<PipelineBuilder> source) {
        try (NewsStore store = NewsStore.open(dir.resolve(name))) {
            IngestSummary s = source.apply(Pipeline.builder(store).listener(IngestListener.onRejected(p -> { })).threads(1)).build().run();
            assertEquals(0, s.rejected());
            return Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                    if (!q.getPredicate().equals(NKG.generatedAtTime.asNode())) copy.add(q);
                });
                return copy;
            });
        }
    }
}
