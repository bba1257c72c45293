package org.newskg.store;

import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Whether a statement is in the union of the article graphs now, inside a write transaction, and
 * whether it was before the transaction: the latter from the graphs the transaction changed it in
 * and the graphs that hold it and were not changed. What counts by difference needs both.
 */
final class UnionPresence {
    private final DatasetGraph dsg;
    private final StatisticsChanges changes;

    UnionPresence(DatasetGraph dsg, StatisticsChanges changes) {
        this.dsg = dsg;
        this.changes = changes;
    }

    boolean now(Node s, Node p, Node o) {
        return dsg.find(Quad.unionGraph, s, p, o).hasNext();
    }

    boolean before(Node s, Node p, Node o) {
        if (changes.isFromScratch()) return false;
        Map<Node, Boolean> changed = changes.graphsBefore(Triple.create(s, p, o));
        if (changed == null) return now(s, p, o);
        if (changed.containsValue(Boolean.TRUE)) return true;
        for (Iterator<Quad> it = dsg.find(Node.ANY, s, p, o); it.hasNext(); ) {
            Node g = it.next().getGraph();
            if (!changed.containsKey(g) && !Quad.isDefaultGraph(g) && !StatisticsUpdate.GRAPH.equals(g)) return true;
        }
        return false;
    }

    /** Whether the transaction changed the statement's presence in the union. */
    boolean changed(Node s, Node p, Node o) {
        return changes.graphsBefore(Triple.create(s, p, o)) != null && before(s, p, o) != now(s, p, o);
    }

    /** 1 when the statement came into the union, -1 when it left it, else 0. */
    int delta(Node s, Node p, Node o) {
        if (changes.graphsBefore(Triple.create(s, p, o)) == null) return 0;
        return Boolean.compare(now(s, p, o), before(s, p, o));
    }
}
