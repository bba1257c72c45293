package org.newskg.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A news site on a free loopback port (the JDK's HTTP server) for feed tests: pages and feeds by path,
 * each served with an ETag and answered 304 when asked with it; some paths misbehave on purpose
 * (slow, missing, failing, huge, not HTML). Every request is logged with its headers.
 */
public final class NewsSite implements AutoCloseable {
    /** One request as the site saw it. */
    public record Request(String path, String userAgent, String ifNoneMatch, long nanos, int status) {}

    /** What a path serves: a body and its type, or a status with no body. */
    public record Page(int status, String type, byte[] body, long delayMillis) {
        public static Page of(String type, String body) {
            return new Page(200, type, body.getBytes(StandardCharsets.UTF_8), 0);
        }
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public NewsSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::answer);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void put(String path, Page page) {
        pages.put(path, page);
    }

    /** The requests made for {@code path}. */
    List<Request> requestsFor(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        Page page = pages.get(path);
        String ifNoneMatch = x.getRequestHeaders().getFirst("If-None-Match");
        long when = System.nanoTime();
        try (x) {
            if (page == null) page = new Page(404, null, null, 0);
            if (page.delayMillis() > 0) Thread.sleep(page.delayMillis());
            String etag = page.body() == null ? null : "\"" + Integer.toHexString(java.util.Arrays.hashCode(page.body())) + "\"";
            int status = etag != null && etag.equals(ifNoneMatch) ? 304 : page.status();
            requests.add(new Request(path, x.getRequestHeaders().getFirst("User-Agent"), ifNoneMatch, when, status));
            if (etag != null) x.getResponseHeaders().add("ETag", etag);
            if (page.type() != null) x.getResponseHeaders().add("Content-Type", page.type());
            if (status != 200 || page.body() == null) {
                x.sendResponseHeaders(status, -1);
                return;
            }
            x.sendResponseHeaders(200, page.body().length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(page.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client gave up (a timeout under test): nothing to answer.
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
