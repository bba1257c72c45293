package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One client address may run only so many queries a second: beyond its burst it gets 429 with Retry-After and
 * is served again once the bucket drains. The console's static files and authenticated writes are not counted.
 */
class RateLimitTest {
    @TempDir
    Path dir;

    @Test
    void aClientOverItsRateIsToldToRetryAndServedAgainAfterwards() throws Exception {
        // One request a second with a burst of two: thirty requests in a row cannot all fit, however slow the machine.
        ServerOptions options = new ServerOptions("127.0.0.1", 0, true, "editor", "s3cret", 10, null, 3).withRateLimit(1);
        try (TestServer s = new TestServer(dir, options)) {
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) answers.add(s.get("/api/queries", null));
            HttpResponse<String> refused = answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow(
                    () -> new AssertionError("no request was refused: " + answers.stream().map(HttpResponse::statusCode).toList()));
            assertEquals(Integer.toString(RateLimit.retryAfterSeconds(1)), refused.headers().firstValue("Retry-After").orElse(""), refused.headers().map().toString());
            assertTrue(refused.body().contains("--rate-limit"), refused.body());
            assertTrue(answers.stream().allMatch(r -> r.statusCode() == 200 || r.statusCode() == 429),
                    answers.stream().map(HttpResponse::statusCode).toList().toString());
            for (String route : List.of("/news/query?query=ASK%7B%7D", "/queries", "/id/nothing", "/export.nq")) {
                assertEquals(429, s.get(route, null).statusCode(), route + " is a query route");
            }

            assertTrue(s.get("/", null).statusCode() != 429, "the console's page is not a query");
            String update = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }";
            int write = s.post("/news/update", "application/sparql-update", update, "editor:s3cret").statusCode();
            assertTrue(write == 200 || write == 204, "a write is not throttled by the readers' limit: " + write);

            assertEquals(200, servedWithin(s, Duration.ofSeconds(60)), "served again once the client waits");
        }
    }

    @Test
    void withoutALimitNothingIsRefused() throws Exception {
        try (TestServer s = new TestServer(dir, TestServer.readOnly())) {
            for (int i = 0; i < 30; i++) assertEquals(200, s.get("/api/queries", null).statusCode());
        }
    }

    /** Waits as a polite client does, by the server's Retry-After, until a request is served; its status. */
    private static int servedWithin(TestServer s, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url("/api/queries"))).timeout(Duration.ofSeconds(30)));
            if (r.statusCode() != 429 || System.nanoTime() - deadline > 0) return r.statusCode();
            Thread.sleep(1000L * Integer.parseInt(r.headers().firstValue("Retry-After").orElseThrow()));
        }
    }
}
