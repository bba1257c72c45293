package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newskg.store.ExportFormat;
import org.newskg.store.NewsStore;

/**
 * {@code GET /export.ttl}, {@code .trig}, {@code .nq}, {@code .jsonld}: the whole store, streamed,
 * within {@link ExportLimits}. One instance serves all four paths, so that they share the limit.
 */
final class ExportServlet extends HttpServlet {
    static final Map<String, ExportFormat> PATHS = Map.of("/export.ttl", ExportFormat.TTL, "/export.trig", ExportFormat.TRIG,
            "/export.nq", ExportFormat.NQ, "/export.jsonld", ExportFormat.JSONLD);
    private static final Map<ExportFormat, String> TYPES = Map.of(ExportFormat.TTL, "text/turtle", ExportFormat.TRIG, "application/trig",
            ExportFormat.NQ, "application/n-quads", ExportFormat.JSONLD, "application/ld+json");
    /** Cuts off exports over their budget, also those blocked writing to a client that stopped reading. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newskg-export-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final NewsStore store;
    private final ExportLimits limits;
    private final Semaphore running;

    ExportServlet(NewsStore store, ExportLimits limits) {
        this.store = store;
        this.limits = limits;
        this.running = new Semaphore(limits.concurrent());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        ExportFormat f = PATHS.get(req.getServletPath());
        if (f == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!running.tryAcquire()) {
            res.setHeader("Retry-After", Integer.toString(ExportLimits.RETRY_AFTER_SECONDS));
            res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, limits.concurrent() + " exports are running, the most at once; retry later");
            return;
        }
        AtomicBoolean overBudget = new AtomicBoolean();
        // Once this export has ended, its connection may carry the client's next request: a watchdog that fires late
        // (cancel() does not stop a task already running) must then do nothing, or it would break that request.
        AtomicBoolean ended = new AtomicBoolean();
        ScheduledFuture<?> cutoff = WATCHDOG.schedule(() -> {
            synchronized (ended) {
                if (ended.get()) return;
                overBudget.set(true);
                Abort.connection(req, "export over its budget of " + limits.budget().toSeconds() + " s", null);
            }
        }, limits.budget().toMillis(), TimeUnit.MILLISECONDS);
        try {
            res.setContentType(TYPES.get(f) + "; charset=utf-8");
            store.export(f, new Checked(res.getOutputStream(), overBudget));
        } catch (RuntimeException e) {
            // The client left, or the budget ran out: the export's transaction has ended; say so if nothing was sent yet.
            if (overBudget.get()) return; // the watchdog has broken the connection already
            if (!res.isCommitted()) {
                res.reset();
                res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "export failed: " + e.getMessage());
            } else {
                Abort.connection(req, "export failed after it began", e);
            }
        } finally {
            synchronized (ended) {
                ended.set(true);
            }
            cutoff.cancel(false);
            running.release();
        }
    }

    /**
     * Waits until no export runs (or {@code patience} has passed): a stopped server's exports end as
     * their connections close, and until then they hold read transactions on the store.
     */
    boolean awaitIdle(java.time.Duration patience) {
        try {
            boolean idle = running.tryAcquire(limits.concurrent(), patience.toMillis(), TimeUnit.MILLISECONDS);
            if (idle) running.release(limits.concurrent());
            return idle;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Fails the next write once the budget is spent, so the export stops reading the store too. */
    private static final class Checked extends FilterOutputStream {
        private final AtomicBoolean overBudget;

        Checked(OutputStream out, AtomicBoolean overBudget) {
            super(out);
            this.overBudget = overBudget;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (overBudget.get()) throw new IOException("export over its time budget");
            out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            if (overBudget.get()) throw new IOException("export over its time budget");
            out.write(b);
        }
    }
}
