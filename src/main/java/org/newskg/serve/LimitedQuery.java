package org.newskg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/** Fuseki's query operation with a ceiling on the rows a query returns, whatever its own LIMIT. */
final class LimitedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    LimitedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (!query.hasLimit() || query.getLimit() > maxRows) query.setLimit(maxRows);
    }
}
