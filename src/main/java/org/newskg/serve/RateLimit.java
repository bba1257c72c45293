package org.newskg.serve;

import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * A per-client rate limit on the routes that run queries, with Jetty's {@link DoSHandler}: each client address
 * has a leaking bucket that drains at {@code perSecond} requests a second and holds a burst of twice that; a
 * request that finds it full gets 429 with {@code Retry-After}. Static pages of the console are not counted:
 * loading it costs a few dozen files and no query.
 */
final class RateLimit {
    /** The routes that cost a query or a scan of the store: SPARQL, graph reads, saved queries, entity pages, exports. */
    private static final String[] QUERY_ROUTES = {NewsServer.DATASET + "/*", "/api/*", "/queries", "/id/*", "/export.ttl", "/export.trig",
            "/export.nq", "/export.jsonld"};
    /** Clients tracked at once; beyond it, new addresses are refused until idle ones are forgotten. */
    private static final int MAX_CLIENTS = 10_000;

    private RateLimit() {}

    /** The handler limiting {@code perSecond} requests a second per client address; wrap it around the server's handler. */
    static DoSHandler handler(int perSecond) {
        var buckets = new DoSHandler.LeakingBucketTrackerFactory(perSecond, 2 * perSecond, Duration.ofSeconds(10));
        int retryAfter = retryAfterSeconds(perSecond);
        DoSHandler dos = new DoSHandler(null, DoSHandler.ID_FROM_REMOTE_ADDRESS, buckets, (req, res, cb) -> refuse(res, cb, retryAfter), MAX_CLIENTS);
        dos.includePath(QUERY_ROUTES);
        // Writes need credentials, and an ingest through the server must not be throttled by the readers' limit.
        dos.excludePath(NewsServer.DATASET + "/update", NewsServer.DATASET + "/data", NewsServer.DATASET + "/upload");
        return dos;
    }

    /**
     * Seconds a refused client is told to wait. Every request, refused ones too, adds to the bucket, and a full bucket
     * takes a request only after two drips (one makes room, the request itself fills it again).
     */
    static int retryAfterSeconds(int perSecond) {
        return Math.max(1, (int) Math.ceil(2.0 / perSecond));
    }

    private static boolean refuse(Response response, Callback callback, int retryAfter) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS_429);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(retryAfter));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        String message = "too many requests from your address: try again in " + retryAfter + " s (serve --rate-limit)\n";
        Content.Sink.write(response, true, message, callback);
        return true;
    }
}
