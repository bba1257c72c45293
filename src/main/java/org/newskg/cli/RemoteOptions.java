package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newskg.NewskgException;
import org.newskg.store.RemoteEndpoints;
import org.newskg.store.RemoteStore;
import picocli.CommandLine.Option;

/** {@code --store URL} and its credentials: a remote SPARQL 1.1 store instead of {@code --db}. */
final class RemoteOptions {
    @Option(names = "--store", paramLabel = "URL",
            description = "A remote SPARQL 1.1 store (a Fuseki dataset URL such as http://127.0.0.1:3030/news) instead of --db.")
    String url;

    @Option(names = "--auth", paramLabel = "USER:PASSWORD",
            description = "HTTP Basic credentials for --store (visible in the process list: prefer --auth-file or " + Credentials.ENV + ").")
    String auth;

    @Option(names = "--auth-file", paramLabel = "FILE", description = "A file whose first line is USER:PASSWORD, for --store.")
    Path authFile;

    @Option(names = "--store-query", paramLabel = "PATH", defaultValue = "query", description = "The store's SPARQL query endpoint, "
            + "relative to --store or absolute (default: ${DEFAULT-VALUE}, Fuseki's; Virtuoso: sparql).")
    String queryEndpoint;

    @Option(names = "--store-update", paramLabel = "PATH", defaultValue = "update", description = "Its SPARQL update endpoint "
            + "(default: ${DEFAULT-VALUE}; Virtuoso: sparql-auth, which asks Digest credentials).")
    String updateEndpoint;

    @Option(names = "--store-data", paramLabel = "PATH", defaultValue = "data", description = "Its Graph Store Protocol endpoint, "
            + "for whole exports (default: ${DEFAULT-VALUE}); none exports graph by graph by query (Virtuoso).")
    String dataEndpoint;

    @Option(names = "--store-send", paramLabel = "body|form", defaultValue = "body", description = "How queries and updates "
            + "travel: body (SPARQL 1.1 request bodies, default) or form (HTML forms; Virtuoso 7).")
    String send;

    @Option(names = "--store-statistics", paramLabel = "server|client", defaultValue = "server", description = "Who keeps the "
            + "statistics graph the saved queries read: server (the store, as newskg serve does; default) or client (newskg "
            + "recomputes it on the store after each ingest: any other store).")
    String statistics;

    @Option(names = "--store-functions", paramLabel = "NAMESPACE=NAMESPACE", description = "Renames the namespace of the "
            + "functions saved queries call, for a store that knows them by other names (Virtuoso: "
            + "http://www.w3.org/2005/xpath-functions/math#=bif:). Repeatable.")
    Map<String, String> functions = new LinkedHashMap<>();

    @Option(names = "--store-text", paramLabel = "jena|none", defaultValue = "jena", description = "Whether the store has newskg's "
            + "search index (jena-text, as newskg serve has; default): with none, find-by-name and search match words by "
            + "plain SPARQL (queries/portable/).")
    String text;

    /** True unless the store is said to have no search index. */
    boolean searchIndex() {
        return isFirst("--store-text", text, "jena", "none");
    }

    /** True for {@code first}, false for {@code second}; any other word of {@code option} is refused by name. */
    private static boolean isFirst(String option, String value, String first, String second) {
        if (!value.equals(first) && !value.equals(second)) {
            throw new NewskgException(option + " must be " + first + " or " + second + ", got " + value);
        }
        return value.equals(first);
    }

    boolean isSet() {
        return url != null;
    }

    /** Opens the remote store; a warning goes to {@code err} when the password was given on the command line. */
    RemoteStore open(PrintWriter err) {
        Credentials c;
        try {
            c = Credentials.resolve(auth, authFile, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new NewskgException(e.getMessage());
        }
        String warning = Credentials.processListWarning(auth);
        if (warning != null) {
            err.println(warning);
            err.flush();
        }
        boolean forms = !isFirst("--store-send", send, "body", "form");
        boolean serverStatistics = isFirst("--store-statistics", statistics, "server", "client");
        searchIndex(); // checks --store-text, which ingest and export do not otherwise read
        RemoteEndpoints endpoints = new RemoteEndpoints(url, queryEndpoint, updateEndpoint, dataEndpoint.equals("none") ? null : dataEndpoint,
                forms, serverStatistics, functions);
        return c == null ? new RemoteStore(endpoints, null, null) : new RemoteStore(endpoints, c.user(), c.password());
    }
}
