package org.newskg.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.newskg.NewskgException;

/**
 * Work for the extraction threads, taken back on the calling thread in the order it was given, through
 * a window of bounded size: results are used in input order whatever the timing, and no more than the
 * window is ever held.
 */
final class OrderedWindow<T> implements AutoCloseable {
    /** One task's results, and whether it finishes an input file (for progress). */
    private record Pending<T>(Future<List<T>> items, boolean endsFile) {}

    private final ExecutorService workers;
    private final Deque<Pending<T>> window = new ArrayDeque<>();
    private final int size;
    private final Consumer<List<T>> consumer;
    private final Runnable fileDone;

    /** {@code consumer} takes each task's results in order; {@code fileDone} runs after the last task of each file. */
    OrderedWindow(int threads, int size, Consumer<List<T>> consumer, Runnable fileDone) {
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        this.size = size;
        this.consumer = consumer;
        this.fileDone = fileDone;
    }

    /** Hands {@code task} to a worker; when the window is full, first takes back the oldest task's results. */
    void submit(Callable<List<T>> task, boolean endsFile) {
        window.add(new Pending<>(workers.submit(task), endsFile));
        if (window.size() >= size) takeOldest();
    }

    /** Takes back every pending result, in order. */
    void drain() {
        while (!window.isEmpty()) takeOldest();
    }

    private void takeOldest() {
        Pending<T> p = window.poll();
        List<T> items;
        try {
            items = p.items().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewskgException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new NewskgException("extraction failed: " + e.getCause(), e.getCause());
        }
        consumer.accept(items);
        if (p.endsFile()) fileDone.run();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
