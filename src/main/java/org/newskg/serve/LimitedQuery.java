package org.newskg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's query operation with a ceiling on the rows a query returns, whatever its own LIMIT, and
 * with a timeout in mid-stream that a client can tell from success.
 */
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

    /**
     * Fuseki answers a SELECT that times out while its rows stream with status 200, a line
     * "## Query cancelled ... Incomplete results ##" and a properly ended body, which a client takes
     * for a complete result. Here such a response becomes a 503 when nothing has been sent yet, and
     * otherwise the connection is aborted before the chunked body's last chunk, so that any HTTP/1.1
     * client reports an error instead of a short result.
     */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (!result.isRowSet()) {
            // CONSTRUCT and DESCRIBE are built whole before sending, so their timeout is already a 503; ASK is one value.
            super.sendResults(action, result, prologue);
            return;
        }
        Watched rows = new Watched(result.rowSet());
        super.sendResults(action, new QueryExecResult(RowSetStream.create(result.rowSet().getResultVars(), rows)), prologue);
        if (rows.cancelled != null) cutShort(action, rows.cancelled);
    }

    private static void cutShort(HttpAction action, QueryCancelledException why) {
        HttpServletResponse res = action.getResponse();
        if (!res.isCommitted()) {
            res.reset();
            res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            res.setContentType("text/plain; charset=utf-8");
            try {
                res.getOutputStream().write("Query timed out\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The client left; nothing more to tell it.
            }
            return;
        }
        Abort.connection(action.getRequest(), "query timed out after its results began; response cut short", why);
    }

    /** The rows, noting whether the query was cancelled while they were read (Fuseki swallows that). */
    private static final class Watched implements Iterator<Binding> {
        private final RowSet rows;
        QueryCancelledException cancelled;

        Watched(RowSet rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            return noting(rows::hasNext);
        }

        @Override
        public Binding next() {
            return noting(rows::next);
        }

        /** Runs one step of the rows, noting a cancellation before passing it on. */
        private <T> T noting(java.util.function.Supplier<T> step) {
            try {
                return step.get();
            } catch (QueryCancelledException e) {
                cancelled = e;
                throw e;
            }
        }
    }
}
