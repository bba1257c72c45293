package org.newskg.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The load: client threads, each with an HTTP client of its own, calling the saved templates
 * round-robin (each client from a different template, so they do not march in step) until the
 * window closes, or the bound on requests is reached.
 */
final class LoadClients {
    /** One request: its template, latency and HTTP status (0 when no answer came). */
    record Sample(String template, long nanos, int status) {}

    /** The status of a request refused by the server's rate limit. */
    static final int THROTTLED = 429;
    private static final int FAILURES_KEPT = 5;
    private static final int MESSAGE_CHARS = 200;
    private final List<TemplateCalls.Call> calls;
    private final int clients;
    private final long maxRequests;
    private final Duration requestTimeout;
    private final AtomicLong tickets = new AtomicLong();
    private final List<LoadResult.Failure> failures = new ArrayList<>();

    /** {@code requestTimeout}: a request that takes longer counts as failed, so that a stuck server cannot hang the run. */
    LoadClients(List<TemplateCalls.Call> calls, int clients, long maxRequests, Duration requestTimeout) {
        if (calls.isEmpty()) throw new IllegalArgumentException("no templates to call");
        this.calls = calls;
        this.clients = clients;
        this.maxRequests = maxRequests;
        this.requestTimeout = requestTimeout;
    }

    /**
     * Runs the clients from {@code start} (System.nanoTime) until {@code window} has passed and
     * {@code ingesting} says the ingest is over, {@code limit} has passed, or the bound is reached.
     * Returns every request's sample.
     */
    List<Sample> run(long start, Duration window, Duration limit, BooleanSupplier ingesting) throws InterruptedException {
        List<List<Sample>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            List<Sample> mine = new ArrayList<>();
            perClient.add(mine);
            int offset = k * calls.size() / clients;
            Thread t = new Thread(() -> loop(offset, start + window.toNanos(), start + limit.toNanos(), ingesting, mine), "loadtest-client-" + k);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        List<Sample> all = new ArrayList<>();
        perClient.forEach(all::addAll);
        return all;
    }

    /** The first few failed requests. */
    synchronized List<LoadResult.Failure> failures() {
        return List.copyOf(failures);
    }

    private void loop(int offset, long end, long hardEnd, BooleanSupplier ingesting, List<Sample> out) {
        // HTTP/1.1 on one kept-alive connection per client, as a script or a browser tab would use.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        java.util.concurrent.atomic.AtomicInteger retryAfter = new java.util.concurrent.atomic.AtomicInteger(1);
        for (int i = offset; ; i++) {
            long now = System.nanoTime();
            if (now - hardEnd >= 0 || (now - end >= 0 && !ingesting.getAsBoolean())) return;
            if (tickets.incrementAndGet() > maxRequests) return;
            TemplateCalls.Call call = calls.get(i % calls.size());
            // text/plain second: Jetty writes no error page for text/csv alone, and a failure should say why.
            HttpRequest req = HttpRequest.newBuilder(call.uri()).header("Accept", "text/csv, text/plain;q=0.1").timeout(requestTimeout).build();
            long t0 = System.nanoTime();
            int status = 0;
            String message = null;
            try {
                HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                status = res.statusCode();
                retryAfter.set(res.headers().firstValue("Retry-After").map(LoadClients::seconds).orElse(1));
                if (status != 200) message = firstLine(res.body());
            } catch (IOException e) {
                message = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            out.add(new Sample(call.template(), System.nanoTime() - t0, status));
            if (status == THROTTLED) {
                // A polite client waits as told; the refusal is the rate limit working, not a failure.
                if (!pause(retryAfter.get(), hardEnd)) return;
                continue;
            }
            if (status != 200) failed(new LoadResult.Failure(call.template(), status, message));
        }
    }

    /** Sleeps {@code seconds}, but not past {@code hardEnd}; false when interrupted. */
    private static boolean pause(int seconds, long hardEnd) {
        long millis = Math.min(seconds * 1000L, Math.max(0, (hardEnd - System.nanoTime()) / 1_000_000));
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int seconds(String retryAfter) {
        try {
            return Math.max(0, Math.min(60, Integer.parseInt(retryAfter.strip())));
        } catch (NumberFormatException e) {
            return 1; // an HTTP date: rare, and a second is a fair guess
        }
    }

    private synchronized void failed(LoadResult.Failure f) {
        if (failures.size() < FAILURES_KEPT) failures.add(f);
    }

    /** The first line of text in a body (tags and Jetty's entities undone, should an error page come as HTML). */
    private static String firstLine(String body) {
        // The JSON API's errors carry their message in a field.
        if (body.startsWith("{")) {
            try {
                String message = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("message").asText("");
                if (!message.isEmpty()) body = message;
            } catch (java.io.IOException e) {
                // Not JSON after all: its first line, as any other body.
            }
        }
        String text = body.replaceAll("<[^>]*>", " ").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty()) return s.length() > MESSAGE_CHARS ? s.substring(0, MESSAGE_CHARS) + "..." : s;
        }
        return "(no body)";
    }
}
