package org.newskg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.system.Txn;
import org.newskg.id.Iris;
import org.newskg.rdf.NKG;

/**
 * Keeps the statistics graph exact under every write, whoever writes: {@link NewsStore#write}, the
 * node rewriter, or a client's SPARQL Update or Graph Store request to the embedded Fuseki, which all
 * go through this dataset. During a write transaction it records which article statements really
 * changed (added when absent, deleted when present, as jena-text's DatasetGraphTextMonitor does);
 * on commit it updates the statistics those changes touched ({@link StatisticsUpdate}) in the same
 * transaction; on abort it forgets them. Writes to the statistics graph itself, and to the default
 * graph that queries do not see, are not recorded.
 */
public final class StatisticsKeeper extends DatasetGraphWrapper {
    private static final int SLICE = 1000;

    static {
        // Queries through this wrapper still run on the engine of the dataset inside (TDB2's, which also
        // gives the union default graph); ARQ would otherwise pick its general engine for any wrapper.
        QueryEngineRegistry.addFactory(new StatisticsQueryEngine());
    }

    /** The changes of the write transaction of each thread: Jena transactions belong to a thread. */
    private final ThreadLocal<StatisticsChanges> changes = ThreadLocal.withInitial(StatisticsChanges::new);

    private StatisticsKeeper(DatasetGraph dsg) {
        super(dsg);
    }

    /**
     * Wraps {@code dsg}; a store that has article graphs but no statistics yet (made before they were
     * kept), or statistics of an older {@link StatisticsUpdate#VERSION}, gets them computed afresh
     * now, in one transaction.
     */
    public static StatisticsKeeper wrap(DatasetGraph dsg) {
        StatisticsKeeper keeper = new StatisticsKeeper(dsg);
        Node version = StatisticsGraph.integer(StatisticsUpdate.VERSION);
        boolean outdated = Txn.calculateRead(dsg, () -> dsg.containsGraph(StatisticsUpdate.GRAPH)
                ? !dsg.contains(StatisticsUpdate.GRAPH, StatisticsUpdate.GRAPH, NKG.statisticsVersion.asNode(), version)
                : dsg.find(Quad.unionGraph, Node.ANY, Node.ANY, Node.ANY).hasNext());
        if (outdated) {
            System.err.println("computing the store's statistics afresh (they are missing, or older than this newskg's)");
            Txn.executeWrite(keeper, () -> {
                // Counts move by difference: they start from nothing.
                dsg.deleteAny(StatisticsUpdate.GRAPH, Node.ANY, Node.ANY, Node.ANY);
                keeper.recordAll();
            });
        }
        return keeper;
    }

    /** The name of the statistics graph, which is no article graph. */
    public static boolean isStatisticsGraph(Node graphName) {
        return StatisticsUpdate.GRAPH.equals(graphName);
    }

    /**
     * False for a triple that no statistics graph holds: one with neither a statistics term nor a
     * statistics node. (Articles never use those terms, so true means it almost surely is one.)
     */
    public static boolean mayBeStatistic(Triple t) {
        return StatisticsUpdate.PREDICATES.contains(t.getPredicate())
                || t.getSubject().isURI() && t.getSubject().getURI().startsWith(Iris.STATISTICS_GRAPH + "/");
    }

    private void recordAll() {
        StatisticsChanges log = changes.get();
        log.fromScratch();
        get().find().forEachRemaining(q -> {
            // As if every statement were added now: the statistics are counted from nothing.
            if (recorded(q.getGraph()) && StatisticsChanges.matters(q.getPredicate(), q.getObject())) {
                log.record(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject(), true);
            }
        });
    }

    /** Named article graphs are recorded; the statistics graph and the default graph are not. */
    private static boolean recorded(Node g) {
        return g != null && !Quad.isDefaultGraph(g) && !StatisticsUpdate.GRAPH.equals(g);
    }

    @Override
    public void add(Quad q) {
        add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    /** Declares graph {@code g} empty in this write transaction, so that adding to it needs no check. */
    void fresh(Node g) {
        changes.get().fresh(g);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        if (recorded(g) && StatisticsChanges.matters(p, o)) {
            StatisticsChanges log = changes.get();
            if (log.isFresh(g) || !get().contains(g, s, p, o)) log.record(g, s, p, o, true);
        }
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad q) {
        delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        if (recorded(g) && StatisticsChanges.matters(p, o) && get().contains(g, s, p, o)) changes.get().record(g, s, p, o, false);
        super.delete(g, s, p, o);
    }

    /** Expanded into the quads it deletes, a slice at a time, so that each is recorded. */
    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g != null && g.isConcrete() && !recorded(g)) {
            super.deleteAny(g, s, p, o);
            return;
        }
        while (true) {
            List<Quad> some = new ArrayList<>(SLICE);
            for (Iterator<Quad> it = get().find(g, s, p, o); it.hasNext() && some.size() < SLICE; ) some.add(it.next());
            for (Quad q : some) delete(q);
            if (some.size() < SLICE) return;
        }
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        graph.find().forEachRemaining(t -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void clear() {
        deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    /** A view whose writes come back through this wrapper (the Graph Store Protocol writes to graphs). */
    @Override
    public Graph getGraph(Node graphName) {
        return GraphView.createNamedGraph(this, graphName);
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public void commit() {
        StatisticsChanges log = changes.get();
        if (!log.isEmpty()) new StatisticsUpdate(get()).apply(log);
        super.commit();
        changes.remove();
    }

    @Override
    public void abort() {
        changes.remove();
        super.abort();
    }

    @Override
    public void end() {
        changes.remove();
        super.end();
    }
}
