package org.newskg.store;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;

/**
 * Runs queries on a {@link StatisticsKeeper} with TDB2's own engine, on the database below every
 * wrapper. Reading needs nothing from the wrappers, and TDB2's engine is the one that matches patterns
 * on TDB2's node ids and gives its union default graph ({@code tdb2:unionDefaultGraph}); ARQ's general
 * engine, which any wrapper would otherwise get, works on nodes. jena-text's {@code text:query} still
 * finds the search index, in the database's context.
 */
final class StatisticsQueryEngine implements QueryEngineFactory {
    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return dataset instanceof StatisticsKeeper;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
        DatasetGraph inner = database(dataset);
        return QueryEngineRegistry.findFactory(query, inner, context).create(query, inner, inputBinding, context);
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return dataset instanceof StatisticsKeeper;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        DatasetGraph inner = database(dataset);
        return QueryEngineRegistry.findFactory(op, inner, context).create(op, inner, inputBinding, context);
    }

    /** The TDB2 database below the wrappers, or the innermost dataset when there is none. */
    private static DatasetGraph database(DatasetGraph dsg) {
        while (!org.apache.jena.tdb2.sys.TDBInternal.isTDB2(dsg) && dsg instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w) {
            dsg = w.getWrapped();
        }
        return dsg;
    }
}
