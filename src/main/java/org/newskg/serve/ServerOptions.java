package org.newskg.serve;

import java.nio.file.Path;

/**
 * How to serve.
 *
 * @param host           "127.0.0.1"/"localhost" (loopback only) or "0.0.0.0" (all interfaces)
 * @param port           0 picks a free port
 * @param writable       adds update and upload, and lets Fuseki's admin API change datasets
 * @param user           Basic-auth user that may write (required when writable)
 * @param password       its password
 * @param timeoutSeconds query timeout
 * @param queries        folder of query templates, or null for the bundled ones
 * @param maxRows        most rows one SPARQL query returns
 */
public record ServerOptions(String host, int port, boolean writable, String user, String password, int timeoutSeconds, Path queries,
                            long maxRows) {
    /** Rows a query returns at most unless told otherwise. */
    public static final long DEFAULT_MAX_ROWS = 100_000;

    public ServerOptions {
        if (writable && (user == null || user.isEmpty() || password == null || password.isEmpty())) {
            throw new IllegalArgumentException("--writable needs --auth user:password");
        }
        if (timeoutSeconds < 1) throw new IllegalArgumentException("--timeout must be at least 1 second");
        if (maxRows < 1) throw new IllegalArgumentException("--max-rows must be at least 1");
    }

    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
