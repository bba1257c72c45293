package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.bench.CorpusGenerator;
import org.newskg.store.NewsStore;

/**
 * Extraction split among workers: each share of the files, extracted alone, gives extraction JSON lines
 * whose ingest, share after share, makes the graph a local ingest of the files makes.
 */
class FileBatchExtractionTest {
    @TempDir
    Path dir;

    @Test
    void sharesExtractedApartAndIngestedInOrderGiveTheLocalGraph() throws IOException {
        List<Path> files = new CorpusGenerator(42).writeTo(dir.resolve("corpus"), 120);
        List<Path> parts = new ArrayList<>();
        int articles = 0;
        for (int from = 0, part = 0; from < files.size(); from += 50, part++) {
            FileBatchExtraction.Output out = FileBatchExtraction.run(files.subList(from, Math.min(files.size(), from + 50)),
                    FileBatchExtraction.Format.EXTRACTION_JSON, 4L << 20);
            assertEquals(List.of(), out.refused());
            assertEquals(out.articles(), out.lines().size());
            articles += out.articles();
            parts.add(Files.write(dir.resolve(String.format("part-%05d", part)), out.lines()));
        }
        assertTrue(articles >= files.size(), "articles: " + articles);
        DatasetGraph fromShares = ingest("from-shares", b -> b.extractions(parts));
        DatasetGraph local = ingest("local", b -> b.files(files));
        assertTrue(IsoMatcher.isomorphic(local, fromShares), "the same graph as a local ingest");
    }

    @Test
    void nquadsGiveEachArticleItsNamedGraph() {
        FileBatchExtraction.Output out = FileBatchExtraction.run(List.of(Path.of("data/samples")), FileBatchExtraction.Format.NQUADS, 4L << 20);
        DatasetGraph quads = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(new StringReader(String.join("\n", out.lines()))).lang(Lang.NQUADS).parse(quads);
        assertEquals(out.articles(), quads.size(), "one graph per article");
        assertTrue(out.articles() >= 8);
    }

    private DatasetGraph ingest(String name, java.util.function.UnaryOperator<PipelineBuilder> source) {
        try (NewsStore store = NewsStore.open(dir.resolve(name))) {
            IngestSummary s = source.apply(Pipeline.builder(store).listener(IngestListener.onRejected(p -> { })).threads(1)).build().run();
            assertEquals(0, s.rejected());
            return PipelineTest.withoutIngestTimes(store);
        }
    }
}
