package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.bench.CorpusGenerator;
import org.newskg.extract.rules.RuleExtractor;
import org.newskg.rdf.NKG;
import org.newskg.store.NewsStore;

/**
 * The graph depends on the inputs and their order only: extraction on several threads gives the same
 * graph as on one (resolution and writing keep input order), and an ingest split in two runs the same
 * as one run.
 */
class PipelineTest {
    @TempDir
    Path dir;

    @Test
    void threadsDoNotChangeTheGraph() {
        DatasetGraph one = ingest("one", 1);
        DatasetGraph four = ingest("four", 4);
        assertTrue(one.size() > 5, "graphs: " + one.size());
        assertTrue(IsoMatcher.isomorphic(one, four), "same IRIs and statements whatever the number of threads");
    }

    @Test
    void anIngestSplitInTwoRunsGivesTheGraphOfOneRun() {
        // This corpus holds a negotiation that two known ones match equally well after its first half:
        // the index read from the store must pick as the index built during the run does.
        List<Path> files = new CorpusGenerator(42).writeTo(dir.resolve("corpus"), 300);
        DatasetGraph oneRun = ingest("one-run", files);
        ingest("two-runs", files.subList(0, 150));
        DatasetGraph twoRuns = ingest("two-runs", files);
        assertTrue(IsoMatcher.isomorphic(oneRun, twoRuns), "resolution does not depend on which run saw an article first");
    }

    @Test
    void anIngestLearnsWhatAnotherWriterStoredBetweenItsBatches() {
        // Two pipelines on one store stand for two ingest processes on one server: the second runs in
        // the middle of the first's run, and the first must resolve its later batches against what the
        // second stored (150 graphs: several queries' worth).
        List<Path> files = new CorpusGenerator(42).writeTo(dir.resolve("corpus"), 300);
        DatasetGraph oneRun = ingest("one-run", files);
        List<String> rejected = new ArrayList<>();
        IngestListener listener = IngestListener.onRejected(p -> rejected.add(p.getMessage()));
        DatasetGraph interleaved;
        try (NewsStore store = NewsStore.open(dir.resolve("interleaved"))) {
            Pipeline second = Pipeline.builder(store).extractor(new RuleExtractor()).listener(listener).batch(3).threads(1)
                    .files(files.subList(1, 151)).build();
            boolean[] secondRan = {false};
            // The first run writes one article a batch, so the second runs once its first article is stored.
            IngestListener firstListener = new IngestListener() {
                @Override
                public void stored(ArticleReport report) {
                    if (!secondRan[0]) {
                        secondRan[0] = true;
                        second.run();
                    }
                }

                @Override
                public void rejected(org.newskg.NewskgException problem) {
                    listener.rejected(problem);
                }
            };
            List<Path> firstFiles = new ArrayList<>(files.subList(0, 1));
            firstFiles.addAll(files.subList(151, 300));
            Pipeline.builder(store).extractor(new RuleExtractor()).listener(firstListener).batch(1).threads(1).files(firstFiles).build().run();
            assertTrue(secondRan[0]);
            interleaved = withoutIngestTimes(store);
        }
        assertEquals(List.of(), rejected);
        assertTrue(IsoMatcher.isomorphic(oneRun, interleaved), "what another writer stored meanwhile is known as if this run had seen it");
    }

    @Test
    void eachRunCountsItselfAlone() {
        List<String> rejected = new ArrayList<>();
        try (NewsStore store = NewsStore.open(dir.resolve("twice"))) {
            Pipeline pipeline = Pipeline.builder(store).extractor(new RuleExtractor()).listener(IngestListener.onRejected(p -> rejected.add(p.getMessage())))
                    .threads(1).files(List.of(Path.of("data/samples"))).build();
            IngestSummary first = pipeline.run();
            IngestSummary second = pipeline.run();
            assertTrue(first.added() > 0, first.toString());
            assertEquals(List.of(0, 0, first.added(), 0L), List.of(second.added(), second.replaced(), second.unchanged(), second.triples()),
                    "the second run finds every article stored already, and counts only itself: " + second);
        }
        assertEquals(List.of(), rejected);
    }

    @Test
    void aLargeJsonLinesFileIsHeldAFewLinesAtATimeAndKeepsItsOrder() throws java.io.IOException {
        int lines = 600;
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            jsonl.append("{\"url\":\"https://example.org/").append(i).append("\",\"title\":\"Talks ").append(i)
                    .append("\",\"date\":\"2025-01-01\",\"text\":\"Envoys of the two states met in Tallinn on Monday, officials said.\"}\n");
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("many.jsonl"), jsonl);
        java.util.concurrent.atomic.AtomicInteger extracted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mostWaiting = new java.util.concurrent.atomic.AtomicInteger();
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        RuleExtractor rules = new RuleExtractor();
        org.newskg.extract.Extractor counting = a -> {
            mostWaiting.accumulateAndGet(extracted.incrementAndGet() - order.size(), Math::max);
            return rules.extract(a);
        };
        IngestListener listener = new IngestListener() {
            @Override
            public void stored(ArticleReport r) {
                order.add(r.title());
            }

            @Override
            public void rejected(org.newskg.NewskgException problem) {
                order.add("rejected " + problem.getMessage());
            }
        };
        try (NewsStore store = NewsStore.open(dir.resolve("jsonl"))) {
            Pipeline.builder(store).extractor(counting).listener(listener).batch(20).threads(1).files(List.of(file)).build().run();
        }
        assertEquals(lines, order.size(), order.toString());
        assertEquals("Talks 1", order.get(0));
        assertEquals("Talks " + lines, order.get(lines - 1));
        assertTrue(mostWaiting.get() < lines / 3, "articles extracted and not yet stored, at most: " + mostWaiting.get());
    }

    @Test
    void aSinkThatCannotBeReadTakesGraphsResolvedFromEachArticleAloneAfterTheArticleStep() throws java.io.IOException {
        List<MappedArticle> mapped = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void mapped(MappedArticle article) {
                mapped.add(article);
            }

            @Override
            public void stored(ArticleReport report) {}

            @Override
            public void rejected(org.newskg.NewskgException problem) {
                rejected.add(problem.getMessage());
            }
        };
        Path out = dir.resolve("shards");
        try (org.newskg.store.NQuadsShards shards = new org.newskg.store.NQuadsShards(out, 2)) {
            Pipeline.builder(shards).extractor(new RuleExtractor()).listener(listener).threads(2).files(List.of(Path.of("data/samples")))
                    .transform((file, a) -> new org.newskg.ingest.Article(a.key(), a.url(), "Seen: " + file.getFileName(), a.date(),
                            a.dateSource(), a.text(), a.sourceFile()))
                    .build().run();
        }
        assertEquals(List.of(), rejected);
        assertEquals(8, mapped.size());
        for (MappedArticle m : mapped) {
            assertEquals("Seen: " + m.file().getFileName(), m.graph().title(), "the step runs before extraction");
            assertEquals(new org.newskg.resolve.KeyResolver().resolve(m.extraction()), m.resolution(), "no store: IRIs from the article alone");
        }
        DatasetGraph quads = DatasetGraphFactory.create();
        try (var files = java.nio.file.Files.list(out)) {
            List<Path> shardFiles = files.sorted().toList();
            assertEquals(4, shardFiles.size(), shardFiles.toString());
            for (Path f : shardFiles) org.apache.jena.riot.RDFDataMgr.read(quads, f.toString());
        }
        assertEquals(8, quads.size());
        for (MappedArticle m : mapped) {
            org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(m.graph().iri());
            assertTrue(quads.contains(g, g, NKG.contentHash.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString(m.graph().contentHash())));
            assertTrue(!quads.contains(g, g, NKG.sourceHash.asNode(), org.apache.jena.graph.Node.ANY), "nothing to recognise a re-run by");
            assertTrue(!quads.contains(g, g, NKG.generatedAtTime.asNode(), org.apache.jena.graph.Node.ANY), "the same quads on any machine");
        }
    }

    private DatasetGraph ingest(String name, int threads) {
        DatasetGraph g = ingest(name, threads, List.of(Path.of("data/samples"), Path.of("data/gold/articles")));
        assertEquals(13, g.size(), "one graph per article, and the statistics graph");
        assertTrue(g.containsGraph(org.apache.jena.graph.NodeFactory.createURI(org.newskg.id.Iris.STATISTICS_GRAPH)));
        return g;
    }

    private DatasetGraph ingest(String name, List<Path> files) {
        return ingest(name, 1, files);
    }

    private DatasetGraph ingest(String name, int threads, List<Path> files) {
        List<String> rejected = new ArrayList<>();
        try (NewsStore store = NewsStore.open(dir.resolve(name))) {
            IngestSummary s = Pipeline.builder(store).extractor(new RuleExtractor()).listener(IngestListener.onRejected(p -> rejected.add(p.getMessage()))).batch(3)
                    .threads(threads).files(files).build().run();
            assertEquals(0, s.rejected(), rejected.toString());
            return withoutIngestTimes(store);
        }
    }

    /** A copy without ingest times, which differ between runs by nature. */
    static DatasetGraph withoutIngestTimes(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                if (!q.getPredicate().equals(NKG.generatedAtTime.asNode())) copy.add(q);
            });
            return copy;
        });
    }

}
