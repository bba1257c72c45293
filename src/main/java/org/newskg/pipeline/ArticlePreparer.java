package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.newskg.extract.Extractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.JsonLines;
import org.newskg.ingest.ReadResult;

/**
 * The workers' half of a pipeline run: what was read from one file (or one chunk of JSON Lines) becomes its
 * extractions or rejections, each article's heap reserved first. It holds no run state, so any number of
 * worker threads share one.
 */
final class ArticlePreparer {
    private final ArticleReader reader;
    private final ExtractionBudget budget;
    private final BiFunction<Path, Article, Article> transform;
    private final Extractor extractor;

    ArticlePreparer(ArticleReader reader, ExtractionBudget budget, BiFunction<Path, Article, Article> transform, Extractor extractor) {
        this.reader = reader;
        this.budget = budget;
        this.transform = transform;
        this.extractor = extractor;
    }

    List<Prepared> prepareJsonLines(Path file, List<JsonLines.Line> lines, List<ReadResult> problems) {
        List<ReadResult> results = new ArrayList<>();
        for (JsonLines.Line line : lines) results.add(reader.readJsonLine(line));
        results.addAll(problems);
        return prepare(results, file);
    }

    /** On a worker: extract the articles read from one file; rejections travel as such. */
    List<Prepared> prepare(List<ReadResult> read, Path file) {
        List<Prepared> out = new ArrayList<>();
        for (ReadResult r : read) {
            if (r instanceof ReadResult.Read ok) {
                out.add(extract(ok.article(), file));
            } else if (r instanceof ReadResult.Rejected no) {
                out.add(new Prepared.Rejected(no.error()));
            }
        }
        return out;
    }

    /**
     * One article's extraction, or its rejection: a failure on one article (a bug) must not end the batch.
     * Its heap is reserved first from the budget, so that an article let in by a raised --max-bytes is
     * refused, or waits for the others, rather than running the heap out.
     */
    private Prepared extract(Article read, Path file) {
        Article a = transform.apply(file, read);
        // The article's source is the file's name, with ":line" for JSON Lines; a fetched page has its URL.
        String location = file == null ? String.valueOf(a.url())
                : a.sourceFile() == null ? file.toString() : file.resolveSibling(a.sourceFile()).toString();
        String refusal = budget.refusal(a.text().length());
        if (refusal != null) return new Prepared.Rejected(new IngestException(location, refusal));
        try {
            return budget.run(a.text().length(), () -> new Prepared.Extracted(extractor.extract(a), file, a.sourceFile()));
        } catch (RuntimeException e) {
            return new Prepared.Rejected(new IngestException(location, "extraction failed: " + e));
        }
    }
}
