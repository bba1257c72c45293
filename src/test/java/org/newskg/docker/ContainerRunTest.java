package org.newskg.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;

/**
 * The image's default command, run as the image runs it but without a Docker engine: ENTRYPOINT and CMD
 * read from docker/Dockerfile, as the image's unprivileged user, over a temporary root laid out as the
 * Dockerfile lays out / (its directories, chowned to that user only where the Dockerfile chowns them, its
 * COPYs, the build's target/newskg.jar standing for the jar the build stage makes), with one sample article
 * in the articles volume. The server must ingest it, answer over HTTP and serve it, and the image's
 * HEALTHCHECK command must pass while it runs and fail once it has stopped.
 *
 * <p>Needs root (to switch user) and setpriv (util-linux), and a target/newskg.jar newer than the classes:
 * {@code mvn package} first; .ci/run runs it after the build. Otherwise it is skipped with the reason.
 */
class ContainerRunTest {
    private static final String ARTICLE = "01-montevideo-talks.txt";

    @TempDir
    Path root;

    @Test
    void theDefaultCommandIngestsTheArticlesVolumeAndServesItAsTheImagesUser() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "skipped: switching to the image's user needs root");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "skipped: no /usr/bin/setpriv (util-linux)");
        Path jar = Path.of("target/newskg.jar");
        assumeTrue(Files.isRegularFile(jar) && newerThanClasses(jar),
                "skipped: target/newskg.jar is missing or older than target/classes (mvn package first; .ci/run runs this after it)");
        Dockerfile image = Dockerfile.read();
        layOut(image);

        int port = freePort();
        List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=" + image.uid(), "--regid=" + image.gid(),
                "--clear-groups", "--"));
        command.addAll(inRoot(withPort(image.defaultCommand(), port)));
        Path log = Files.createTempFile("container-run", ".log");
        Process server = new ProcessBuilder(command).directory(inRoot(image.last("WORKDIR")).toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        server.getOutputStream().close();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://127.0.0.1:" + port + "/";
            awaitAnswer(http, base, server, log);
            String query = "SELECT ?file WHERE { ?article <" + NKG.sourceFile.getURI() + "> ?file }";
            HttpResponse<String> rows = http.send(HttpRequest.newBuilder(URI.create(base + "news/query?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, rows.statusCode(), rows.body());
            assertTrue(rows.body().contains(ARTICLE), "the ingested article is queryable: " + rows.body());
            assertEquals(0, healthcheck(image, port), "the HEALTHCHECK passes while the server answers");
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly().waitFor();
        }
        assertTrue(healthcheck(image, port) != 0, "the HEALTHCHECK fails once the server is gone");
        assertEquals(List.of(), writtenOutsideTheStore(image), "the server wrote only in its store volume");
        Files.deleteIfExists(log);
    }

    /** The run stage's file system under {@link #root}: what RUN makes and chowns, then what COPY puts in. */
    private void layOut(Dockerfile image) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String dir : image.madeDirs()) Files.createDirectories(inRoot(dir));
        Files.createDirectories(inRoot(image.last("WORKDIR")));
        for (String path : image.chowned()) {
            run("chown", image.uid() + ":" + image.gid(), inRoot(path).toString());
        }
        for (Dockerfile.Copy copy : image.copies()) {
            // A COPY from the build stage takes a path under its WORKDIR, which is this repository's root.
            Path source = copy.from() == null ? Path.of(copy.source())
                    : Path.of(copy.source().substring(image.buildWorkdir().length()).replaceFirst("^/", ""));
            Path target = inRoot(copy.target());
            Files.createDirectories(target.getParent());
            run("cp", "-r", "--no-target-directory", source.toString(), target.toString());
        }
        Files.copy(Path.of("data/samples", ARTICLE), inRoot("/data/articles/" + ARTICLE));
        run("chmod", "-R", "a+rX", root.toString());
    }

    private static boolean newerThanClasses(Path jar) throws IOException {
        long built = Files.getLastModifiedTime(jar).toMillis();
        try (Stream<Path> classes = Files.walk(Path.of("target/classes"))) {
            return classes.allMatch(c -> c.toFile().lastModified() <= built);
        }
    }

    /** The command with a free port: the image's default, 3030, may be taken on a shared machine. */
    private static List<String> withPort(List<String> command, int port) {
        List<String> out = new ArrayList<>(command);
        int i = out.indexOf("--port");
        if (i >= 0) {
            out.set(i + 1, Integer.toString(port));
        } else {
            out.addAll(List.of("--port", Integer.toString(port)));
        }
        return out;
    }

    /** Absolute paths of the image moved under {@link #root}; {@code java} is this JVM's. */
    private List<String> inRoot(List<String> command) {
        List<String> out = new ArrayList<>();
        for (String arg : command) {
            if (arg.equals("java")) {
                out.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            } else {
                out.add(arg.startsWith("/") ? inRoot(arg).toString() : arg);
            }
        }
        return out;
    }

    private Path inRoot(String imagePath) {
        return root.resolve(imagePath.replaceFirst("^/+", ""));
    }

    private List<String> writtenOutsideTheStore(Dockerfile image) throws IOException {
        Path store = inRoot(image.volumes().get(0));
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.startsWith(store)).filter(p -> {
                try {
                    return ((Integer) Files.getAttribute(p, "unix:uid")) == image.uid();
                } catch (IOException e) {
                    return true;
                }
            }).map(p -> root.relativize(p).toString()).toList();
        }
    }

    private static void awaitAnswer(HttpClient http, String url, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) fail("the server stopped (exit " + server.exitValue() + "):\n" + Files.readString(log));
            try {
                int code = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(4)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                // As the image's HEALTHCHECK judges it.
                if (code >= 200 && code < 500) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("no answer from " + url + " in 180 s:\n" + Files.readString(log));
    }

    /** The exit status of the image's HEALTHCHECK command, run by a shell as Docker runs it, against {@code port}. */
    private static int healthcheck(Dockerfile image, int port) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "skipped: the HEALTHCHECK needs curl (.ci/run installs it)");
        String command = image.healthcheckCommand().replace(":" + image.healthcheckPort() + "/", ":" + port + "/");
        Process check = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
        check.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!check.waitFor(60, TimeUnit.SECONDS)) {
            check.destroyForcibly();
            return -1;
        }
        return check.exitValue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException(String.join(" ", command) + " failed: " + out);
    }
}
