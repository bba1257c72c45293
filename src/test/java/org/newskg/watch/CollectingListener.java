package org.newskg.watch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newskg.NewskgException;
import org.newskg.pipeline.ArticleReport;
import org.newskg.pipeline.IngestListener;

/** Keeps what an ingest reported, for a test to read from any thread. */
final class CollectingListener implements IngestListener {
    final List<ArticleReport> stored = new CopyOnWriteArrayList<>();
    final List<String> rejected = new CopyOnWriteArrayList<>();

    @Override
    public void stored(ArticleReport report) {
        stored.add(report);
    }

    @Override
    public void rejected(NewskgException problem) {
        rejected.add(problem.getMessage());
    }
}
