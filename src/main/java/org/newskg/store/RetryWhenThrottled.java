package org.newskg.store;

import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * Repeats a request that a server refused with 429 (too many requests): the server did nothing with it, so
 * sending it again is safe, after a pause that doubles each time. A server with a rate limit (such as
 * {@code newskg serve --rate-limit}) then slows a remote ingest down instead of failing it.
 */
final class RetryWhenThrottled {
    /** Pauses of 1, 2, 4, 8 and 16 s: half a minute in all before the refusal is passed on. */
    private static final int ATTEMPTS = 6;
    private static final long FIRST_PAUSE_MS = 1000;

    private RetryWhenThrottled() {}

    static <T> T call(Supplier<T> request) {
        long pause = FIRST_PAUSE_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !throttled(e)) throw e;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while waiting for a throttled server", e);
            }
            pause *= 2;
        }
    }

    static void run(Runnable request) {
        call(() -> {
            request.run();
            return null;
        });
    }

    private static boolean throttled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h && h.getStatusCode() == 429) return true;
            if (t instanceof QueryExceptionHTTP q && q.getStatusCode() == 429) return true;
        }
        return false;
    }
}
