package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.IngestSummary;
import org.newskg.serve.ExportLimits;
import org.newskg.serve.NewsServer;
import org.newskg.serve.ServerOptions;
import org.newskg.store.NewsStore;
import org.newskg.watch.Watch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store with Apache Jena Fuseki: the web console at /, SPARQL at /news, saved queries at "
                + "/queries and /api/queries, entity pages at /id/..., exports at /export.ttl (.trig, .nq, .jsonld).",
                "Read-only unless --writable (which needs --auth)."})
final class ServeCommand implements Callable<Integer> {
    /** The environment variable holding the keystore's password when no --https-password-file is given. */
    static final String KEYSTORE_PASSWORD_ENV = "NEWSKG_KEYSTORE_PASSWORD";
    /** Ample for a person at a browser or a script that waits for its answers; a tight loop of clients meets it. */
    static final int DEFAULT_RATE_LIMIT = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "127.0.0.1 (loopback only, default) or 0.0.0.0 (all interfaces).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--writable", description = "Allow SPARQL Update, uploads and dataset administration (needs --auth).")
    boolean writable;

    @Option(names = "--auth", paramLabel = "USER:PASSWORD", description = "HTTP Basic credentials required for every change "
            + "(visible in the process list: prefer --auth-file or the environment variable " + Credentials.ENV + ").")
    String auth;

    @Option(names = "--auth-file", paramLabel = "FILE", description = "A file whose first line is USER:PASSWORD (keep it readable by you alone).")
    Path authFile;

    @Option(names = "--https-keystore", paramLabel = "FILE", description = "Serve HTTPS (only) with the certificate and key in this "
            + "PKCS12 or JKS keystore; its password comes from --https-password-file or " + KEYSTORE_PASSWORD_ENV + ".")
    Path httpsKeystore;

    @Option(names = "--https-password-file", paramLabel = "FILE", description = "A file whose first line is the keystore's password.")
    Path httpsPasswordFile;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "" + DEFAULT_RATE_LIMIT, description = "Requests per second one "
            + "client address may make to the query routes (SPARQL, saved queries, entity pages, exports), with bursts of twice that; "
            + "more get 429 and Retry-After. 0: no limit (default: ${DEFAULT-VALUE}).")
    int rateLimit;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query timeout (default: ${DEFAULT-VALUE} s).")
    int timeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_ROWS,
            description = "Most rows one SPARQL query returns (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-body", paramLabel = "MB", defaultValue = "" + ServerOptions.DEFAULT_MAX_BODY_BYTES / (1024 * 1024),
            description = "Largest request body taken (a query, a form, an upload), in MiB; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    int maxBodyMb;

    @Option(names = "--max-exports", paramLabel = "N", defaultValue = "" + 2, description = "Whole-store exports (/export.*) "
            + "streaming at once; more get 503 and Retry-After (default: ${DEFAULT-VALUE}).")
    int maxExports;

    @Option(names = "--export-minutes", paramLabel = "M", defaultValue = "" + 10, description = "Longest one export may take, "
            + "however slowly its client reads; then its connection is closed (default: ${DEFAULT-VALUE}).")
    int exportMinutes;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of query templates (default: the bundled queries/).")
    Path queries;

    @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*", description = "Ingest these files or folders first, then serve "
            + "(with --curation, --threads, --batch, --max-bytes and --strict as for ingest).")
    List<Path> ingest = new ArrayList<>();

    @Mixin
    IngestOptions ingestOptions;

    @Option(names = "--watch", paramLabel = "DIR", arity = "1..*", description = "While serving, watch these folders and ingest new and "
            + "changed files as watch does (with --settle, --rescan and --follow-deletes, and the ingest options). "
            + "The server stays read-only to its clients.")
    List<Path> watch = new ArrayList<>();

    @Mixin
    WatchOptions watchOptions;

    @Override
    public Integer call() {
        if (!host.matches("127\\.0\\.0\\.1|localhost|::1|0\\.0\\.0\\.0")) {
            throw new ParameterException(spec.commandLine(), "--host must be 127.0.0.1 (loopback) or 0.0.0.0 (all interfaces), got " + host);
        }
        Credentials credentials;
        ServerOptions.Tls tls;
        try {
            credentials = Credentials.resolve(auth, authFile, System.getenv());
            tls = tls();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (writable && credentials == null) {
            throw new ParameterException(spec.commandLine(), "--writable needs credentials: --auth-file FILE, " + Credentials.ENV + " or --auth USER:PASSWORD");
        }
        if (rateLimit < 0) throw new ParameterException(spec.commandLine(), "--rate-limit must be 0 (no limit) or more");
        ExportLimits exportLimits;
        try {
            exportLimits = new ExportLimits(maxExports, Duration.ofMinutes(exportMinutes));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ServerOptions options = new ServerOptions(host, port, writable, credentials == null ? null : credentials.user(),
                credentials == null ? null : credentials.password(), timeout, queries, maxRows, maxBodyMb * 1024L * 1024, tls, rateLimit);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String processList = Credentials.processListWarning(auth);
        if (processList != null) err.println(processList);
        options.warnings().forEach(err::println);
        err.flush();
        refuseUnusedOptions();
        NewsStore s = ingest.isEmpty() && watch.isEmpty() ? NewsStore.openExisting(store.db) : NewsStore.open(store.db);
        try {
            if (!ingest.isEmpty() && !ingestFirst(s, out)) {
                s.close();
                return Newskg.SOFTWARE;
            }
            NewsServer server = NewsServer.start(s, options, exportLimits);
            Watch watcher = watch.isEmpty() ? null
                    : watchOptions.watch(watch, s, ingestOptions, spec.commandLine(), new ConsoleReport(out, err));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // The watch finishes the batch under way before the store closes beneath it.
                if (watcher != null) watcher.stop(Duration.ofMinutes(5));
                server.close();
                s.close();
            }));
            String url = server.url(host);
            out.println("newskg is serving " + store.db + (writable ? " (writable)" : " (read-only)")
                    + (rateLimit > 0 ? ", at most " + rateLimit + " queries/s per client" : ""));
            out.println("  Fuseki console  " + url);
            out.println("  SPARQL endpoint " + url + "news/query");
            out.println("  saved queries   " + url + "queries   (API: " + url + "api/queries)");
            out.println("  entity pages    " + url + "id/...    export: " + url + "export.ttl");
            if (watcher != null) {
                out.println(watchOptions.describe(watch));
                Thread t = new Thread(() -> {
                    try {
                        watcher.run();
                    } catch (RuntimeException e) {
                        // The server goes on with what is stored; the watch's end is said, not lost in a thread.
                        err.println("newskg: the watch stopped: " + e.getMessage());
                        err.flush();
                    }
                }, "newskg-watch");
                t.setDaemon(true);
                t.start();
            }
            out.println("Press Ctrl-C to stop.");
            out.flush();
            server.join();
            return Newskg.OK;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Ingest and watch options with nothing to ingest or watch would be silently ignored: say so instead. */
    private void refuseUnusedOptions() {
        var parsed = spec.commandLine().getParseResult();
        if (ingest.isEmpty() && watch.isEmpty()) {
            for (String option : new String[] {"--curation", "--strict", "--threads", "--batch", "--max-bytes", "--no-compact"}) {
                if (parsed.hasMatchedOption(option)) {
                    throw new ParameterException(spec.commandLine(), option + " applies to what serve ingests: give --ingest PATH... or --watch DIR...");
                }
            }
        }
        if (watch.isEmpty()) {
            for (String option : new String[] {"--settle", "--rescan", "--follow-deletes"}) {
                if (parsed.hasMatchedOption(option)) throw new ParameterException(spec.commandLine(), option + " applies to --watch DIR...");
            }
        }
    }

    /** The keystore and its password, or null without --https-keystore. */
    private ServerOptions.Tls tls() {
        if (httpsKeystore == null) {
            if (httpsPasswordFile != null) throw new IllegalArgumentException("--https-password-file needs --https-keystore");
            return null;
        }
        String password = httpsPasswordFile != null ? Credentials.firstLine("--https-password-file", httpsPasswordFile)
                : System.getenv(KEYSTORE_PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("--https-keystore needs its password: --https-password-file FILE or " + KEYSTORE_PASSWORD_ENV);
        }
        return new ServerOptions.Tls(httpsKeystore, password);
    }

    /** Ingests the --ingest inputs with the ingest options; false when serving should not go on (--strict and a rejection). */
    private boolean ingestFirst(NewsStore s, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        IngestSummary summary = ingestOptions.pipeline(s, spec.commandLine()).files(ingest)
                .listener(IngestListener.onRejected(problem -> err.println("rejected  " + problem.getMessage()))).build().run();
        out.printf("ingested %d article(s) (%d added, %d replaced, %d unchanged), %d rejected%n",
                summary.stored(), summary.added(), summary.replaced(), summary.unchanged(), summary.rejected());
        ingestOptions.tidyStore(s, summary, out);
        out.flush();
        err.flush();
        if (ingestOptions.strict && summary.rejected() > 0) {
            err.println("newskg: not serving: " + summary.rejected() + " input(s) rejected (--strict)");
            err.flush();
            return false;
        }
        return true;
    }
}
