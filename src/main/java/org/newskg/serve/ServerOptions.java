package org.newskg.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * @param tls            the keystore to serve HTTPS with, or null for plain HTTP
 * @param rateLimit      requests per second one client address may make on the query routes; 0 for no limit
 */
public record ServerOptions(String host, int port, boolean writable, String user, String password, int timeoutSeconds, Path queries,
                            long maxRows, long maxBodyBytes, Tls tls, int rateLimit) {
    /** Rows a query returns at most unless told otherwise. */
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /** Request bodies taken unless told otherwise: ample for any query or form, and for uploading a few thousand articles' triples. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    /** A keystore (PKCS12 or JKS) holding the server's certificate and private key, and its password. */
    public record Tls(Path keystore, String password) {
        @Override
        public String toString() {
            return "Tls[" + keystore + "]"; // never the password, should options ever be logged
        }
    }

    public ServerOptions {
        if (writable && (user == null || user.isEmpty() || password == null || password.isEmpty())) {
            throw new IllegalArgumentException("--writable needs --auth user:password");
        }
        if (timeoutSeconds < 1) throw new IllegalArgumentException("--timeout must be at least 1 second");
        if (maxRows < 1) throw new IllegalArgumentException("--max-rows must be at least 1");
        if (maxBodyBytes < 1) throw new IllegalArgumentException("--max-body must be at least 1 MB");
        if (rateLimit < 0) throw new IllegalArgumentException("--rate-limit must be 0 (no limit) or more");
    }

    /** Plain HTTP, no rate limit. */
    public ServerOptions(String host, int port, boolean writable, String user, String password, int timeoutSeconds, Path queries,
                         long maxRows, long maxBodyBytes) {
        this(host, port, writable, user, password, timeoutSeconds, queries, maxRows, maxBodyBytes, null, 0);
    }

    /** Options with the default body limit, plain HTTP, no rate limit. */
    public ServerOptions(String host, int port, boolean writable, String user, String password, int timeoutSeconds, Path queries, long maxRows) {
        this(host, port, writable, user, password, timeoutSeconds, queries, maxRows, DEFAULT_MAX_BODY_BYTES);
    }

    /** The same options with this many requests per second allowed to one client address (0: no limit). */
    public ServerOptions withRateLimit(int perSecond) {
        return new ServerOptions(host, port, writable, user, password, timeoutSeconds, queries, maxRows, maxBodyBytes, tls, perSecond);
    }

    /** The same options served over HTTPS with this keystore. */
    public ServerOptions withTls(Tls keystore) {
        return new ServerOptions(host, port, writable, user, password, timeoutSeconds, queries, maxRows, maxBodyBytes, keystore, rateLimit);
    }

    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    /** What a careful operator should hear before the server starts: risks these options leave open. */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        if (user != null && tls == null && !loopbackOnly()) {
            w.add("warning: HTTP Basic credentials will cross the network in clear text (--host " + host + " without --https-keystore); "
                    + "serve over HTTPS, or keep to --host 127.0.0.1 behind a TLS proxy");
        }
        if (rateLimit == 0 && !loopbackOnly()) {
            w.add("warning: no --rate-limit on a server open to other machines: one client can take every query thread");
        }
        return w;
    }
}
