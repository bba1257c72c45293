package org.newskg.serve;

import java.nio.file.Path;

/**
 * How to serve.
 *
 * @param host           "127.0.0.1"/"localhost" (loopback only) or "0.0.0.0" (all interfaces)
 * @param port           0 picks a free port
 * @param writable       adds update and upload, and lets Fuseki's admin API change datasets (other than newskg's own)
 * @param user           Basic-auth user that may write (required when writable)
 * @param password       its password
 * @param timeoutSeconds query timeout
 * @param queries        folder of query templates, or null for the bundled ones
 * @param maxRows        most rows one SPARQL query returns
 * @param maxBodyBytes   largest request body taken (a query, a form, an upload); larger ones are refused with 413
 */
public record ServerOptions(String host, int port, boolean writable, String user, String password, int timeoutSeconds, Path queries,
                            long maxRows, long maxBodyBytes) {
    /** Rows a query returns at most unless told otherwise. */
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /** Request bodies taken unless told otherwise: ample for any query or form, and for uploading a few thousand articles' triples. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    public ServerOptions {
        if (writable && (user == null || user.isEmpty() || password == null || password.isEmpty())) {
            throw new IllegalArgumentException("--writable needs --auth user:password");
        }
        if (timeoutSeconds < 1) throw new IllegalArgumentException("--timeout must be at least 1 second");
        if (maxRows < 1) throw new IllegalArgumentException("--max-rows must be at least 1");
        if (maxBodyBytes < 1) throw new IllegalArgumentException("--max-body must be at least 1 MB");
    }

    /** Options with the default body limit. */
    public ServerOptions(String host, int port, boolean writable, String user, String password, int timeoutSeconds, Path queries, long maxRows) {
        this(host, port, writable, user, password, timeoutSeconds, queries, maxRows, DEFAULT_MAX_BODY_BYTES);
    }

    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
