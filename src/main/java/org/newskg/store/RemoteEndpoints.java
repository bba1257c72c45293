package org.newskg.store;

import java.util.Map;
import java.util.Objects;

/**
 * How newskg talks to a remote SPARQL 1.1 store: its endpoints, how requests carry their SPARQL, and
 * who keeps the statistics graph. Stores differ in all three; each difference is a setting here, not a
 * branch in the code.
 *
 * @param url        the store's base URL
 * @param query      the query endpoint, relative to {@code url} or absolute
 * @param update     the update endpoint
 * @param data       the Graph Store Protocol endpoint for whole exports, or null to export graph by graph by query
 * @param htmlForms  true to send queries and updates as HTML forms ({@code query=}, {@code update=}), which
 *                   every store takes; false for SPARQL 1.1 request bodies
 * @param keepsStatistics true when the store keeps newskg's statistics graph as it is written (newskg serve);
 *                   false when newskg recomputes it on the store after each ingest
 * @param functions  namespaces of the functions queries call, renamed before they are sent (a store may know
 *                   the XPath math functions by names of its own); empty for none
 */
public record RemoteEndpoints(String url, String query, String update, String data, boolean htmlForms, boolean keepsStatistics,
        Map<String, String> functions) {
    public RemoteEndpoints {
        url = Objects.requireNonNull(url, "url").replaceFirst("/+$", "");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(update, "update");
        functions = Map.copyOf(functions);
    }

    /** Endpoints whose store calls functions by their own names. */
    public RemoteEndpoints(String url, String query, String update, String data, boolean htmlForms, boolean keepsStatistics) {
        this(url, query, update, data, htmlForms, keepsStatistics, Map.of());
    }

    /** A Fuseki dataset, such as a running {@code newskg serve --writable}: URL/query, URL/update, URL/data. */
    public static RemoteEndpoints fuseki(String url) {
        return new RemoteEndpoints(url, "query", "update", "data", false, true);
    }

    /** An endpoint's full URL. */
    String resolve(String endpoint) {
        return endpoint.matches("(?i)https?://.*") ? endpoint : url + "/" + endpoint.replaceFirst("^/+", "");
    }
}
