package org.newskg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.rdf.NKG;
import org.newskg.store.NewsStore;

/**
 * {@code newskg serve --writable --auth editor:s3cret} in a child JVM (the running JVM's java and
 * classpath) on a free loopback port, over a new store: a remote store for ingest processes to feed.
 */
final class ServerProcess implements AutoCloseable {
    static final String AUTH = "editor:s3cret";

    final Process process;
    final String url;

    private ServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static ServerProcess start(Path db) throws IOException {
        return start(db, Map.of(), new ArrayList<>(), "--auth", AUTH);
    }

    /**
     * {@code serve --writable} with {@code credentials} as its options (none: they come from {@code env}), and
     * {@code env} added to the child's environment; every line the server printed before it was up goes to {@code startLines}.
     */
    static ServerProcess start(Path db, Map<String, String> env, List<String> startLines, String... credentials) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        NewsStore.open(db).close();
        List<String> args = new ArrayList<>(List.of("serve", "--db", db.toString(), "--port", Integer.toString(port), "--writable"));
        args.addAll(List.of(credentials));
        Process p = newskg(env, args.toArray(String[]::new));
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        // Generous: a child JVM, the store and Fuseki start slowly on a machine busy with other work.
        long deadline = System.currentTimeMillis() + 180_000;
        String line;
        while ((line = out.readLine()) != null && System.currentTimeMillis() < deadline) {
            startLines.add(line);
            if (line.contains("Fuseki console")) break;
        }
        if (line == null || !line.contains("Fuseki console")) {
            p.destroyForcibly();
            throw new IllegalStateException("the server process did not start: " + String.join(" | ", startLines));
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();
        return new ServerProcess(p, "http://127.0.0.1:" + port + "/news");
    }

    /** {@code newskg ARGS...} in a child JVM, standard error merged into its output. */
    static Process newskg(String... args) throws IOException {
        return newskg(Map.of(), args);
    }

    /** {@code newskg ARGS...} in a child JVM with {@code env} added to its environment. */
    static Process newskg(Map<String, String> env, String... args) throws IOException {
        ProcessBuilder pb = builder(args).redirectErrorStream(true);
        pb.environment().putAll(env);
        return pb.start();
    }

    /** {@code newskg ARGS...} in a child JVM (the running JVM's java and classpath), to be started. */
    static ProcessBuilder builder(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = new String[args.length + 4];
        command[0] = java;
        command[1] = "-cp";
        command[2] = System.getProperty("java.class.path");
        command[3] = "org.newskg.cli.Newskg";
        System.arraycopy(args, 0, command, 4, args.length);
        return new ProcessBuilder(command);
    }

    /** A copy without the ingest times, which differ between runs by nature. */
    static DatasetGraph withoutIngestTimes(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        dsg.find().forEachRemaining(q -> {
            if (!q.getPredicate().equals(NKG.generatedAtTime.asNode())) copy.add(q);
        });
        return copy;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
