/**
 * Serving the graph: an embedded Fuseki with its web console over the store, the saved query
 * templates as an HTTP API and an HTML page, dereferenceable entity IRIs and whole-store export.
 */
package org.newskg.serve;
