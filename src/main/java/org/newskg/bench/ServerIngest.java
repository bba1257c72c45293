package org.newskg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.Extractor;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.IngestSummary;
import org.newskg.store.RemoteStore;

/**
 * Articles ingested through a running server on a thread of their own, by the route of
 * {@code newskg ingest --store URL --auth USER:PASSWORD}: extraction and resolution here (the index
 * read from the server, and what others stored learned before each batch), articles written by SPARQL
 * Update, 25 a request, a batch each.
 */
final class ServerIngest {
    private final String datasetUrl;
    private final String user;
    private final String password;
    private final Path files;
    private final int count;
    private final Extractor extractor;
    private final List<String> problems = new ArrayList<>();
    private Thread thread;
    private volatile boolean running;
    private volatile long endNanos;
    private volatile IngestSummary summary;

    ServerIngest(String datasetUrl, String user, String password, Path files, int count, Extractor extractor) {
        this.datasetUrl = datasetUrl;
        this.user = user;
        this.password = password;
        this.files = files;
        this.count = count;
        this.extractor = extractor;
    }

    void start() {
        running = true;
        thread = new Thread(this::ingest, "loadtest-ingest");
        thread.start();
    }

    /** Whether the ingest is still going. */
    boolean running() {
        return running;
    }

    /** Waits for the ingest to end; returns System.nanoTime when it did. */
    long join() throws InterruptedException {
        thread.join();
        return endNanos;
    }

    /** Articles the ingest added (0 before it ends or when it failed). */
    int added() {
        return summary == null ? 0 : summary.added();
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    private void ingest() {
        IngestListener listener = IngestListener.onRejected(e -> problem("rejected: " + e.getMessage()));
        try (RemoteStore store = new RemoteStore(datasetUrl, user, password)) {
            if (count > 0) summary = Pipeline.builder(store).extractor(extractor).listener(listener).files(List.of(files)).build().run();
        } catch (RuntimeException e) {
            problem("ingest through the server failed: " + e.getMessage());
        } finally {
            endNanos = System.nanoTime();
            running = false;
        }
    }

    private synchronized void problem(String message) {
        problems.add(message);
    }
}
