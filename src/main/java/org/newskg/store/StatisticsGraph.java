package org.newskg.store;

import static org.newskg.store.StatisticsChanges.TYPE;
import static org.newskg.store.StatisticsUpdate.GRAPH;

import java.util.Comparator;
import java.util.Iterator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.NKG;

/**
 * The statistics graph as {@link StatisticsUpdate} reads and writes it: counts (absent when 0), nodes
 * that stand for a key with a count, statements mirrored from the article graphs, the ranking of the
 * groups of events by sources, and the graph's version.
 */
final class StatisticsGraph {
    private static final Node ANY = Node.ANY;

    private final DatasetGraph dsg;

    StatisticsGraph(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /**
     * Each group of events by number of sources states how many events have more sources: a page of
     * the most reported events then reads the groups it needs, never sorts all events. The groups are
     * as few as the distinct numbers of sources, so they are ranked afresh.
     */
    void rankGroups() {
        Map<Long, Node> groups = new TreeMap<>(Comparator.reverseOrder());
        dsg.find(GRAPH, ANY, TYPE, NKG.EventsWithSources.asNode())
                .forEachRemaining(q -> groups.put(stored(q.getSubject(), NKG.sourceCount.asNode()), q.getSubject()));
        long more = 0;
        for (Node group : groups.values()) {
            put(group, NKG.eventsWithMoreSources.asNode(), more);
            more += stored(group, NKG.eventCount.asNode());
        }
    }

    /** The graph's own node states {@code current}, while the graph holds any statistic. */
    void markVersion(long current) {
        Node version = NKG.statisticsVersion.asNode();
        Iterator<Quad> two = dsg.find(GRAPH, ANY, ANY, ANY);
        int n = 0;
        while (two.hasNext() && n < 2) {
            two.next();
            n++;
        }
        boolean marked = dsg.contains(GRAPH, GRAPH, version, integer(current));
        if (n == 0 || n == 1 && marked) {
            dsg.deleteAny(GRAPH, GRAPH, version, ANY);
        } else if (!marked) {
            dsg.deleteAny(GRAPH, GRAPH, version, ANY);
            dsg.add(GRAPH, GRAPH, version, integer(current));
        }
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** Adds {@code delta} to the count {@code p} of {@code s}. */
    void add(Node s, Node p, long delta) {
        if (delta != 0) put(s, p, stored(s, p) + delta);
    }

    /** The count {@code p} of {@code s} in the statistics graph, 0 when there is none. */
    long stored(Node s, Node p) {
        Iterator<Quad> it = dsg.find(GRAPH, s, p, ANY);
        return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : 0;
    }

    boolean has(Node s, Node p, Node o) {
        return dsg.contains(GRAPH, s, p, o);
    }

    /** Whether {@code s} has any value of {@code p} in the statistics graph. */
    boolean has(Node s, Node p) {
        return dsg.find(GRAPH, s, p, ANY).hasNext();
    }

    /** The values of {@code p} on {@code s} in the statistics graph. */
    Set<Node> objects(Node s, Node p) {
        Set<Node> out = new HashSet<>();
        dsg.find(GRAPH, s, p, ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** The statement (node, p, value) is in the statistics graph when {@code present}, else not. */
    void mirror(Node node, Node p, Node value, boolean present) {
        if (present == dsg.contains(GRAPH, node, p, value)) return;
        if (present) dsg.add(GRAPH, node, p, value);
        else dsg.delete(GRAPH, node, p, value);
    }

    /** {@code value} becomes the one value of {@code p} on {@code s} in the statistics graph; null: none. */
    void set(Node s, Node p, Node value) {
        Iterator<Quad> old = dsg.find(GRAPH, s, p, ANY);
        if (value != null && old.hasNext() && old.next().getObject().equals(value) && !old.hasNext()) return;
        dsg.deleteAny(GRAPH, s, p, ANY);
        if (value != null) dsg.add(GRAPH, s, p, value);
    }

    /**
     * A node that stands for a key (a class on a day, a pair): its type, what identifies it (property,
     * value, property, value ...) and its count; the node goes when the count falls to 0.
     */
    void keyNode(Node node, Node type, Node countProperty, long count, Node... identity) {
        if (count <= 0) {
            dsg.deleteAny(GRAPH, node, ANY, ANY);
            return;
        }
        dsg.add(GRAPH, node, TYPE, type);
        for (int i = 0; i < identity.length; i += 2) dsg.add(GRAPH, node, identity[i], identity[i + 1]);
        put(node, countProperty, count);
    }

    /** As {@link #keyNode}, with the count moved by {@code delta} from what is stored. */
    void moveKeyNode(Node node, Node type, Node countProperty, long delta, Node... identity) {
        keyNode(node, type, countProperty, stored(node, countProperty) + delta, identity);
    }

    /** Replaces the value of {@code p} on {@code s} by {@code count}, or removes it when the count is 0. */
    void put(Node s, Node p, long count) {
        set(s, p, count == 0 ? null : integer(count));
    }
}
