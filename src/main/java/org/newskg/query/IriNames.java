package org.newskg.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.newskg.id.Iris;

/**
 * The names of the IRIs of ours in a result, read in one query: a node's main name (statistics
 * graph) or an article's title. Tables print these instead of IRIs.
 */
public final class IriNames {
    private IriNames() {}

    /** A name for each of our IRIs in {@code rows} that has one; the rows are rewound. */
    public static Function<String, String> of(Dataset ds, ResultSetRewindable rows) {
        Set<RDFNode> iris = new LinkedHashSet<>();
        rows.reset();
        rows.forEachRemaining(row -> row.varNames().forEachRemaining(v -> {
            RDFNode n = row.get(v);
            if (n != null && n.isURIResource() && n.asResource().getURI().startsWith(Iris.BASE)) iris.add(n);
        }));
        rows.reset();
        Map<String, String> names = new HashMap<>();
        if (iris.isEmpty()) return names::get;
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?x (SAMPLE(?n) AS ?name) WHERE {
                  VALUES (?x) { ?iris }
                  { ?x nkg:mainName ?n } UNION { GRAPH ?x { ?x dct:title ?n } }
                } GROUP BY ?x""");
        q.setValues("iris", new ArrayList<>(iris));
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining(r -> names.put(r.getResource("x").getURI(), r.getLiteral("name").getString()));
            }
        });
        return names::get;
    }
}
