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
 * Runs queries on a {@link StatisticsKeeper} with the engine of the dataset it wraps. Reading needs
 * nothing from the keeper, and TDB2's engine is the one that knows TDB2's indexes and its union
 * default graph ({@code tdb2:unionDefaultGraph}); ARQ's general engine would see an empty default graph.
 */
final class StatisticsQueryEngine implements QueryEngineFactory {
    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return dataset instanceof StatisticsKeeper;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
        DatasetGraph inner = ((StatisticsKeeper) dataset).getWrapped();
        return QueryEngineRegistry.findFactory(query, inner, context).create(query, inner, inputBinding, context);
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return dataset instanceof StatisticsKeeper;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        DatasetGraph inner = ((StatisticsKeeper) dataset).getWrapped();
        return QueryEngineRegistry.findFactory(op, inner, context).create(op, inner, inputBinding, context);
    }
}
