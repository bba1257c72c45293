package org.newskg.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * OpenLink Virtuoso (Debian's virtuoso-opensource) in the foreground, on free loopback ports, over a
 * throw-away database in {@code dir}: its settings are the package's own, with the database, ports
 * and the cap on an answer's rows changed.
 */
final class VirtuosoServer implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/virtuoso-t");
    static final Path PACKAGE_INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");
    /** Virtuoso's administrator, whose password a new database has. */
    static final String AUTH = "dba:dba";

    final Process process;
    final String url;

    private VirtuosoServer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isReadable(PACKAGE_INI);
    }

    static VirtuosoServer start(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int sqlPort = freePort();
        int httpPort = freePort();
        String ini = Files.readString(PACKAGE_INI)
                .replace("/var/lib/virtuoso-opensource-7/db/", dir + "/")
                .replaceAll("(?m)^ServerPort\\s*=\\s*1111\\b.*$", "ServerPort = " + sqlPort)
                .replaceAll("(?m)^ServerPort\\s*=\\s*8890\\b.*$", "ServerPort = 127.0.0.1:" + httpPort)
                .replaceAll("(?m)^DirsAllowed\\s*=.*$", "DirsAllowed = ., " + dir + ", /usr/share/virtuoso-opensource-7/vad")
                // A whole export or the statistics of a large store exceed the default 10,000 rows an answer.
                .replaceAll("(?m)^ResultSetMaxRows\\s*=.*$", "ResultSetMaxRows = 1000000");
        Path config = Files.writeString(dir.resolve("virtuoso.ini"), ini);
        Process p = new ProcessBuilder(BINARY.toString(), "+foreground", "+configfile", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("virtuoso.out").toFile()).start();
        String url = "http://127.0.0.1:" + httpPort;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!p.isAlive()) throw new IllegalStateException("virtuoso-t ended: " + Files.readString(dir.resolve("virtuoso.out")));
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url + "/sparql?query=ASK%7B%7D")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return new VirtuosoServer(p, url);
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        p.destroyForcibly();
        throw new IllegalStateException("virtuoso-t did not answer within 2 minutes");
    }

    /** The options that point a command at this server. */
    List<String> storeOptions(Path authFile) {
        return List.of("--store", url, "--store-query", "sparql", "--store-update", "sparql-auth", "--store-data", "none",
                "--store-send", "form", "--store-statistics", "client", "--store-functions", "http://www.w3.org/2005/xpath-functions/math#=bif:",
                "--store-text", "none",
                "--auth-file", authFile.toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
