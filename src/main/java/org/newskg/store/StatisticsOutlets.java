package org.newskg.store;

import static org.newskg.store.StatisticsChanges.MENTIONED_IN;
import static org.newskg.store.StatisticsChanges.OUTLET;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.NKG;

/**
 * The outlets that report each event, actor and place ({@code nkg:coveredBy}, each once) and their
 * number ({@code nkg:outletCount}), in the statistics graph. A new mention costs one look-up: does the
 * node have its article's outlet yet. Only when a mention, or an article's outlet, left the union does a
 * node need another article of that outlet that still mentions it, and that search stops at the first.
 */
final class StatisticsOutlets {
    private static final Node COVERED_BY = NKG.coveredBy.asNode();
    private static final Node OUTLET_COUNT = NKG.outletCount.asNode();

    private final DatasetGraph dsg;
    private final StatisticsGraph stats;
    private final UnionPresence union;
    private final StatisticsChanges changes;
    /** The outlets of each article read in this update (an article has one, or none). */
    private final Map<Node, Set<Node>> outletsOf = new HashMap<>();
    /** For each node mentioned in an article whose outlet changed, those articles. */
    private final Map<Node, Set<Node>> reoutleted = new HashMap<>();

    StatisticsOutlets(DatasetGraph dsg, StatisticsGraph stats, UnionPresence union, StatisticsChanges changes) {
        this.dsg = dsg;
        this.stats = stats;
        this.union = union;
        this.changes = changes;
        changes.outlets().forEach((article, outlets) -> {
            boolean changed = outlets.stream().anyMatch(o -> union.changed(article, OUTLET, o));
            if (!changed) return;
            dsg.find(Quad.unionGraph, Node.ANY, MENTIONED_IN, article)
                    .forEachRemaining(q -> reoutleted.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(article));
        });
    }

    /** The nodes whose outlets may have changed though their mentions did not. */
    Set<Node> nodes() {
        return reoutleted.keySet();
    }

    /** The outlets of node {@code n} counted afresh; none when it is no node whose sources are counted. */
    void recount(Node n, boolean counted) {
        Set<Node> outlets = new HashSet<>();
        if (counted) dsg.find(Quad.unionGraph, n, MENTIONED_IN, Node.ANY).forEachRemaining(q -> outlets.addAll(outletsOf(q.getObject())));
        Set<Node> stored = stats.objects(n, COVERED_BY);
        if (stored.equals(outlets)) return;
        for (Node o : stored) {
            if (!outlets.contains(o)) stats.mirror(n, COVERED_BY, o, false);
        }
        for (Node o : outlets) stats.mirror(n, COVERED_BY, o, true);
        stats.put(n, OUTLET_COUNT, outlets.size());
    }

    /** The outlets of node {@code n}, whose mentions in {@code articles} changed, moved by what changed. */
    void update(Node n, Set<Node> articles) {
        Set<Node> changed = new HashSet<>(articles);
        changed.addAll(reoutleted.getOrDefault(n, Set.of()));
        Set<Node> candidates = new HashSet<>();
        for (Node a : changed) {
            candidates.addAll(outletsOf(a));
            candidates.addAll(changes.outlets().getOrDefault(a, Set.of()));
        }
        boolean moved = false;
        for (Node o : candidates) {
            boolean stored = stats.has(n, COVERED_BY, o);
            boolean now = changed.stream().anyMatch(a -> outletsOf(a).contains(o) && union.now(n, MENTIONED_IN, a));
            // It was there through some article: is there one still, among those that did not change?
            if (!now && stored) now = anyArticleOf(n, o);
            if (now != stored) {
                stats.mirror(n, COVERED_BY, o, now);
                moved = true;
            }
        }
        if (moved) stats.put(n, OUTLET_COUNT, stats.objects(n, COVERED_BY).size());
    }

    private boolean anyArticleOf(Node n, Node outlet) {
        for (Iterator<Quad> it = dsg.find(Quad.unionGraph, n, MENTIONED_IN, Node.ANY); it.hasNext(); ) {
            if (outletsOf(it.next().getObject()).contains(outlet)) return true;
        }
        return false;
    }

    private Set<Node> outletsOf(Node article) {
        return outletsOf.computeIfAbsent(article, a -> {
            Set<Node> out = new HashSet<>(1);
            dsg.find(Quad.unionGraph, a, OUTLET, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
            return out;
        });
    }
}
