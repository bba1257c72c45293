package org.newskg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.newskg.extract.Extractors;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.store.NewsStore;

/** A real server on a free loopback port over a temporary store holding the sample articles. */
final class TestServer implements AutoCloseable {
    final NewsStore store;
    final NewsServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TestServer(Path dir, ServerOptions options) {
        store = NewsStore.open(dir.resolve("db"));
        new IngestPipeline(store, Extractors.defaultExtractor(), IngestListener.onRejected(problem -> {
            throw problem;
        }), 100).ingestFiles(List.of(Path.of("data/samples")));
        server = NewsServer.start(store, options);
    }

    static ServerOptions readOnly() {
        return new ServerOptions("127.0.0.1", 0, false, null, null, 10, null, 3);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String basicAuth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (basicAuth != null) {
            b.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A SPARQL query over HTTP, results as CSV. */
    HttpResponse<String> sparql(String query) throws IOException, InterruptedException {
        return get("/news/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
