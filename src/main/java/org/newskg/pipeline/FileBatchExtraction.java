package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.NewskgException;
import org.newskg.extract.ExtractionJson;
import org.newskg.rdf.ArticleGraph;
import org.newskg.store.GraphSink;
import org.newskg.store.NQuadsShards;
import org.newskg.store.WriteResult;

/**
 * The extraction of a list of article files, in order, outside any store: their extraction JSON
 * lines (for {@code ingest --extractions}), or the N-Quads of each article's graph with IRIs from each
 * article alone (as {@code extract --format nq}). What one worker of a distributed job runs on its share
 * of the input; the same files give the same lines on any machine.
 */
public final class FileBatchExtraction {
    /** What came of the files: the output lines in input order, one refusal message per input refused, and the articles. */
    public record Output(List<String> lines, List<String> refused, int articles) {}

    /** The two outputs. */
    public enum Format { EXTRACTION_JSON, NQUADS }

    private FileBatchExtraction() {}

    /** Reads and extracts {@code files} (.txt, .html, .jsonl, .warc, .warc.gz) on one thread; articles over {@code maxBytes} are refused. */
    public static Output run(List<Path> files, Format format, long maxBytes) {
        List<String> lines = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int[] articles = {0};
        IngestListener listener = new IngestListener() {
            @Override
            public void mapped(MappedArticle article) {
                articles[0]++;
                if (format == Format.EXTRACTION_JSON) lines.add(ExtractionJson.toLine(article.extraction()));
            }

            @Override
            public void stored(ArticleReport report) {}

            @Override
            public void rejected(NewskgException problem) {
                refused.add(problem.getMessage());
            }
        };
        try (GraphSink sink = format == Format.NQUADS ? collecting(lines) : GraphSink.discarding()) {
            // One thread: the job's parallelism is its tasks, each given its own cores by the cluster.
            Pipeline.builder(sink).files(files).threads(1).maxBytes(maxBytes).skipUnchanged(false).listener(listener).build().run();
        }
        return new Output(lines, refused, articles[0]);
    }

    /** A sink that adds each graph's N-Quads, line by line, to {@code lines}. */
    private static GraphSink collecting(List<String> lines) {
        return new GraphSink() {
            @Override
            public List<WriteResult> write(List<ArticleGraph> batch) {
                for (ArticleGraph g : batch) NQuadsShards.text(g).lines().forEach(lines::add);
                return batch.stream().map(g -> WriteResult.added()).toList();
            }

            @Override
            public void close() {}
        };
    }
}
