package org.newskg.query;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Pages a template's query. A template whose costly part is per row (labels, counts) picks its page
 * first, in a subquery that carries {@code LIMIT <pagination>}, and works out the details for that
 * page only; the page then applies to that subquery. Otherwise it applies to the whole query.
 */
final class Pages {
    private Pages() {}

    static void select(Query q, int rows, long page) {
        Query target = pagingSubquery(q, rows);
        if (target == null) target = q;
        target.setLimit(rows);
        target.setOffset((page - 1) * rows);
    }

    /** The first subquery, at any depth, whose LIMIT is the page size; null if there is none. */
    private static Query pagingSubquery(Query q, int rows) {
        Query[] found = {null};
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                if (found[0] != null) return;
                Query sub = el.getQuery();
                found[0] = sub.hasLimit() && sub.getLimit() == rows ? sub : pagingSubquery(sub, rows);
            }
        });
        return found[0];
    }
}
