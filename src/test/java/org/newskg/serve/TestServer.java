package org.newskg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.newskg.extract.Extractors;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.NewsStore;

/** A real server on a free loopback port over a temporary store holding the sample articles, or the given inputs. */
final class TestServer implements AutoCloseable {
    final NewsStore store;
    final NewsServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TestServer(Path dir, ServerOptions options) {
        this(dir, options, List.of(Path.of("data/samples")));
    }

    TestServer(Path dir, ServerOptions options, List<Path> inputs) {
        this(dir, options, inputs, ExportLimits.DEFAULT);
    }

    TestServer(Path dir, ServerOptions options, List<Path> inputs, ExportLimits exportLimits) {
        store = NewsStore.open(dir.resolve("db"));
        Pipeline.builder(store).extractor(Extractors.defaultExtractor()).listener(IngestListener.onRejected(problem -> {
            throw problem;
        })).batch(100).files(inputs).build().run();
        server = NewsServer.start(store, options, exportLimits);
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
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // A kept-alive connection the server closed for idleness (Jetty: 30 s) just as this GET was sent on it: the
            // server read nothing, so the GET is sent once more on a new connection, as browsers do. Other failures stand.
            if (!staleConnection(e)) throw e;
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static boolean staleConnection(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("header parser received no bytes");
    }

    HttpResponse<String> post(String path, String contentType, String body, String basicAuth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        return http.send(withAuth(b, basicAuth).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET sent byte for byte as written, so that no client library tidies the path first; the whole response, headers and all. */
    String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * A POST whose body is written on another thread while this one reads the answer: a server that refuses a
     * large body answers and closes before the body is all sent, and a client that reads only after writing (as
     * the JDK's HttpClient does) can then lose the answer to the connection's reset. The whole response, as far
     * as it came.
     */
    String postWhileWriting(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // expected once the server has refused the body
                }
            });
            writer.start();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) answer.write(buffer, 0, n);
            } catch (java.net.SocketException reset) {
                if (answer.size() == 0) throw reset;
            }
            socket.close();
            writer.join();
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * The status of a POST that declares a body of {@code declaredBytes} and sends none of it: how a server that
     * judges the declared size answers, without the race of a client still writing while the server closes.
     */
    int postDeclaring(String path, String contentType, long declaredBytes, String userPassword) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            String auth = userPassword == null ? "" : "Authorization: " + basic(userPassword) + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                    + declaredBytes + "\r\n" + auth + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(head.substring(9, 12));
        }
    }

    /** The request with HTTP Basic credentials "user:password", or as it is for null. */
    static HttpRequest.Builder withAuth(HttpRequest.Builder b, String userPassword) {
        return userPassword == null ? b : b.header("Authorization", basic(userPassword));
    }

    static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
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
