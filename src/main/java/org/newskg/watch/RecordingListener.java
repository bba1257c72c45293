package org.newskg.watch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newskg.NewskgException;
import org.newskg.pipeline.ArticleReport;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.MappedArticle;

/** Passes everything on to another listener, and notes which articles each file gave. */
final class RecordingListener implements IngestListener {
    private final IngestListener next;
    private final Map<Path, List<String>> gave;

    RecordingListener(IngestListener next, Map<Path, List<String>> gave) {
        this.next = next;
        this.gave = gave;
    }

    @Override
    public void stored(ArticleReport report) {
        if (report.file() != null) gave.computeIfAbsent(report.file(), f -> new ArrayList<>()).add(report.iri());
        next.stored(report);
    }

    @Override
    public void mapped(MappedArticle article) {
        next.mapped(article);
    }

    @Override
    public void rejected(NewskgException problem) {
        next.rejected(problem);
    }

    @Override
    public void noted(String message) {
        next.noted(message);
    }
}
