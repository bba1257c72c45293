package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newskg.Version;

/**
 * Fetches pages and feeds politely: a user agent that says who asks, one request at a time to a host
 * with a pause between them, a deadline on the whole exchange (a page that trickles in is cut off),
 * a size limit checked while reading, and conditional requests (ETag / Last-Modified) so an unchanged
 * page costs a 304. Every failure is a {@link IngestException} naming the URL and the reason.
 */
public final class PageFetcher implements AutoCloseable {
    /** Who newskg is, for the logs of the sites it reads. */
    public static final String USER_AGENT = "newskg/" + Version.CURRENT + " (news knowledge-graph builder; +https://w3id.org/newskg)";
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    /**
     * @param userAgent the User-Agent header
     * @param hostDelay the least time between two requests to one host
     * @param timeout   the longest one exchange may take, from connecting to the last byte
     * @param maxBytes  the largest body read
     */
    public record Settings(String userAgent, Duration hostDelay, Duration timeout, long maxBytes) {
        public static Settings defaults(long maxBytes) {
            return new Settings(USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(30), maxBytes);
        }
    }

    private final Settings settings;
    private final HttpClient client;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newskg-fetch-deadline");
        t.setDaemon(true);
        return t;
    });
    /** When each host may next be asked (System.nanoTime). */
    private final Map<String, Long> nextRequest = new HashMap<>();

    public PageFetcher(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(settings.timeout()).build();
    }

    /** GETs {@code url}, conditionally when {@code etag} or {@code lastModified} (from an earlier fetch) is given. */
    public Fetched fetch(String url, String etag, String lastModified) {
        URI uri = parse(url);
        waitForHost(uri.getHost());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
                .header("User-Agent", settings.userAgent()).header("Accept", ACCEPT);
        if (etag != null) request.header("If-None-Match", etag);
        if (lastModified != null) request.header("If-Modified-Since", lastModified);
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        HttpResponse<InputStream> response = send(url, request.build());
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            String finalUrl = response.uri().toString();
            String newEtag = response.headers().firstValue("ETag").orElse(null);
            String newLastModified = response.headers().firstValue("Last-Modified").orElse(null);
            if (status == 304) return new Fetched(url, finalUrl, true, new byte[0], null, newEtag != null ? newEtag : etag,
                    newLastModified != null ? newLastModified : lastModified);
            if (status < 200 || status > 299) {
                boolean passing = status >= 500 || status == 408 || status == 429;
                throw new FetchException(url, "HTTP " + status + reason(status), !passing);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > settings.maxBytes()) throw new FetchException(url, ArticleReader.tooLarge(declared, settings.maxBytes()), true);
            byte[] body = readBody(url, in, deadline);
            String mediaType = response.headers().firstValue("Content-Type")
                    .map(t -> t.replaceFirst(";.*", "").strip().toLowerCase(Locale.ROOT)).orElse(null);
            return new Fetched(url, finalUrl, false, body, mediaType, newEtag, newLastModified);
        } catch (IOException e) {
            throw new FetchException(url, "cannot read: " + ArticleReader.describe(e), false);
        }
    }

    /** The body, read only up to the limit and the deadline: the stream is closed under a page that overstays. */
    private byte[] readBody(String url, InputStream in, long deadlineNanos) throws IOException {
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> cut = deadlines.schedule(() -> {
            late.set(true);
            try {
                in.close();
            } catch (IOException e) {
                // Closing is how a blocked read is ended; a failure to close ends nothing more.
            }
        }, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            if (bytes.length > settings.maxBytes()) {
                throw new FetchException(url, ArticleReader.tooLarge(Math.max(bytes.length, settings.maxBytes() + 1), settings.maxBytes()), true);
            }
            return bytes;
        } catch (IOException e) {
            if (late.get()) throw timedOut(url);
            throw e;
        } finally {
            cut.cancel(false);
        }
    }

    private HttpResponse<InputStream> send(String url, HttpRequest request) {
        var pending = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            return pending.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timedOut(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, "interrupted", false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) throw timedOut(url);
            String why = cause instanceof java.net.ConnectException ? "connection refused"
                    : cause instanceof IOException io ? ArticleReader.describe(io) : String.valueOf(cause);
            throw new FetchException(url, "cannot fetch: " + why, false);
        }
    }

    private FetchException timedOut(String url) {
        return new FetchException(url, "timed out after " + DurationWords.of(settings.timeout()), false);
    }

    private static URI parse(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new FetchException(url, "not an http(s) URL", true);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new FetchException(url, "not a URL: " + e.getMessage(), true);
        }
    }

    /** Waits until the host's pause since the last request to it is over, and books the next. */
    private void waitForHost(String host) {
        long wait;
        synchronized (nextRequest) {
            long now = System.nanoTime();
            long next = nextRequest.getOrDefault(host, now);
            wait = Math.max(0, next - now);
            nextRequest.put(host, Math.max(next, now) + settings.hostDelay().toNanos());
        }
        if (wait == 0) return;
        try {
            TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }

    @Override
    public void close() {
        deadlines.shutdownNow();

    }
}
