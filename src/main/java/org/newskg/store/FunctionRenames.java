package org.newskg.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Renames the namespaces of the functions a query calls, in its subqueries too, before it is sent to a
 * store that knows the same functions by other names: Virtuoso has no XPath math functions
 * ({@code math:sin}) but answers its own ({@code bif:sin}). Built-in SPARQL functions are never renamed.
 */
final class FunctionRenames extends ExprTransformCopy {
    /** Longest namespace first, so that a namespace inside another is renamed as the longer one says. */
    private final List<Map.Entry<String, String>> namespaces;

    private FunctionRenames(Map<String, String> namespaces) {
        this.namespaces = namespaces.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, String> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey)).toList();
    }

    /** The query with each function IRI that starts with a key of {@code namespaces} starting with its value instead. */
    static Query apply(Query query, Map<String, String> namespaces) {
        if (namespaces.isEmpty()) return query;
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new FunctionRenames(namespaces));
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Function f) {
            for (Map.Entry<String, String> rename : namespaces) {
                if (f.getFunctionIRI().startsWith(rename.getKey())) {
                    return new E_Function(rename.getValue() + f.getFunctionIRI().substring(rename.getKey().length()), args);
                }
            }
        }
        return super.transform(func, args);
    }
}
