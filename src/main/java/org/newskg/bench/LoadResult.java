package org.newskg.bench;

import java.util.List;
import java.util.Map;

/**
 * The figures of one load test. Latencies are in ms, from just before a request is sent until its
 * whole body is read (System.nanoTime), and percentiles are nearest-rank: the smallest latency with
 * at least p% of the requests at or below it.
 *
 * @param articles           articles in the store when the load began
 * @param extraIngested      articles the ingest through the server added during the load
 * @param windowSeconds      the load's planned length
 * @param elapsedSeconds     how long the clients ran (longer than the window when they waited for the ingest)
 * @param rateLimit          the server's limit of requests per second per client address (0: none)
 * @param throttled          requests the rate limit refused (429); the clients waited as told and went on. The
 *                           latencies are those of the served requests, refusals left out
 * @param ingestSeconds      from the start of the load until the ingest through the server finished
 * @param ingestProblems     what went wrong with that ingest: rejected articles, a failed write, articles missing afterwards
 * @param articlesAfter      articles in the store after the load
 * @param perTemplate        figures of each template, in the library's order
 * @param failures           the first few failed requests
 */
public record LoadResult(long articles, int extraIngested, int clients, double windowSeconds, double elapsedSeconds,
                         int rateLimit, long requests, long throttled, long errors, double p50Ms, double p95Ms, double p99Ms, double maxMs,
                         double ingestSeconds, List<String> ingestProblems, long articlesAfter,
                         Map<String, TemplateFigures> perTemplate, List<Failure> failures) {
    /** One template's share of the load. */
    public record TemplateFigures(long requests, long errors, double p50Ms, double p95Ms) {}

    /** A failed request: its template, HTTP status (0 when no answer came) and the first line of what came back. */
    public record Failure(String template, int status, String message) {}

    public double requestsPerS() {
        return requests / elapsedSeconds;
    }

    /** Requests per second that got an answer other than the rate limit's refusal. */
    public double servedPerS() {
        return (requests - throttled) / elapsedSeconds;
    }

    public double ingestArticlesPerS() {
        return extraIngested / ingestSeconds;
    }

    /** Whether the ingest through the server finished before the planned window closed. */
    public boolean ingestFinishedInWindow() {
        return ingestSeconds <= windowSeconds;
    }

    /** No request failed and the ingest through the server stored every article. */
    public boolean ok() {
        return errors == 0 && ingestProblems.isEmpty();
    }
}
