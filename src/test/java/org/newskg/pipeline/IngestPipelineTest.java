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
class IngestPipelineTest {
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

    private DatasetGraph ingest(String name, int threads) {
        DatasetGraph g = ingest(name, threads, List.of(Path.of("data/samples"), Path.of("data/gold/articles")));
        assertEquals(11, g.size(), "one graph per article");
        return g;
    }

    private DatasetGraph ingest(String name, List<Path> files) {
        return ingest(name, 1, files);
    }

    private DatasetGraph ingest(String name, int threads, List<Path> files) {
        List<String> rejected = new ArrayList<>();
        try (NewsStore store = NewsStore.open(dir.resolve(name))) {
            IngestSummary s = new IngestPipeline(store, new RuleExtractor(), IngestListener.onRejected(p -> rejected.add(p.getMessage())), 3)
                    .threads(threads).ingestFiles(files);
            assertEquals(0, s.rejected(), rejected.toString());
            // A copy without ingest times, which differ between runs by nature.
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
