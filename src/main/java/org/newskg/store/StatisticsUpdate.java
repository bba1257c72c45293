package org.newskg.store;

import static org.newskg.store.StatisticsChanges.COUNTRY;
import static org.newskg.store.StatisticsChanges.PLACE;
import static org.newskg.store.StatisticsChanges.TYPE;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.id.Iris;
import org.newskg.rdf.NKG;

/**
 * Brings, inside a write transaction, the statistics that the transaction's changes can have touched
 * up to date, in the statistics graph. Sources, events and events-in of a node, and meeting pairs, move
 * by difference: for each changed statement, whether it is in the union of the article graphs now and
 * was before ({@link UnionPresence}), so that a much-mentioned node costs what changed about it, not
 * everything it has (recounting those made every batch dearer as the store grew); so do the events of
 * a class on a day. A node whose kind changed is counted afresh. Reads are direct {@code find} calls,
 * not SPARQL: an ingest batch touches thousands of keys.
 */
final class StatisticsUpdate {
    /** The statistics graph's name. */
    static final Node GRAPH = NodeFactory.createURI(Iris.STATISTICS_GRAPH);
    /** The properties only the statistics graph uses. */
    static final Set<Node> PREDICATES = Set.of(NKG.sourceCount.asNode(), NKG.eventCount.asNode(), NKG.eventsInCount.asNode(),
            NKG.outletCount.asNode(), NKG.coveredBy.asNode(),
            NKG.meetingCount.asNode(), NKG.pairMember.asNode(), NKG.attackCount.asNode(), NKG.pairAttacker.asNode(), NKG.pairPlace.asNode(),
            NKG.dayNumber.asNode(), NKG.eventsFromDay.asNode(), NKG.eventClass.asNode(), NKG.day.asNode(),
            NKG.eventsWithMoreSources.asNode(), NKG.knownName.asNode(), NKG.mainName.asNode(), NKG.inCountry.asNode(), NKG.statisticsVersion.asNode(),
            NKG.newestFirst.asNode(), NKG.meetingDay.asNode(), NKG.attackDay.asNode(), NKG.negotiationDay.asNode(),
            NKG.disputedFigure.asNode());
    private static final Node UNION = Quad.unionGraph;
    private static final Node ANY = Node.ANY;
    private static final Node PLACE_CLASS = NKG.Place.asNode();
    private static final Node COUNTRY_CLASS = NKG.Country.asNode();

    /**
     * Which statistics the graph keeps (on the graph's own node): 2 added events by number of sources,
     * known and main names; 3 the days articles and events are ordered by, and the disputed figures of
     * attacks; 4 the country of each place; 5 the outlets that report each node and the attacks of each
     * attacker at each place; 6 the events from each day on. A store with an older version has its
     * statistics computed afresh when opened.
     */
    static final long VERSION = 6;

    private final DatasetGraph dsg;
    private final StatisticsGraph stats;
    /** Events that came into (+) or left (-) the group of events with a number of sources, by that number. */
    private final Map<Long, Long> eventsWithSources = new HashMap<>();

    /** {@code dsg} is the dataset below the recording wrapper: writes here are not recorded again. */
    StatisticsUpdate(DatasetGraph dsg) {
        this.dsg = dsg;
        this.stats = new StatisticsGraph(dsg);
    }

    void apply(StatisticsChanges changes) {
        UnionPresence union = new UnionPresence(dsg, changes);
        ChangedKeys keys = ChangedKeys.of(changes, union, this);
        StatisticsOutlets outlets = new StatisticsOutlets(dsg, stats, union, changes);
        Set<Node> nodes = new HashSet<>(changes.isFromScratch() ? changes.nodes() : keys.nodes());
        nodes.addAll(outlets.nodes());
        for (Node n : nodes) {
            if (!n.isURI()) continue;
            // A node whose kind changed is counted afresh; any other by difference, so that a much
            // mentioned node costs what this transaction changed about it, not all it has.
            if (changes.isFromScratch() || keys.kindChanged().contains(n)) updateNode(n, union, outlets);
            else updateByDifference(n, keys, union, outlets);
        }
        updateSourceGroups();
        stats.markVersion(VERSION);
        EventKeyCounts keyed = new EventKeyCounts(this, stats, union);
        changes.events().forEach(keyed::add);
        keyed.write();
        changes.names().forEach(k -> updateName(k.get(0), k.get(1)));
        changes.countries().forEach(k -> updateCountry(k.get(0), k.get(1)));
        EventsFromDay fromDay = new EventsFromDay(dsg, stats);
        StatisticsMarks marks = new StatisticsMarks(this, stats, fromDay);
        changes.dated().forEach(marks::updateDays);
        fromDay.write();
        changes.tolled().forEach(marks::updateDisputes);
    }

    /** The groups of events by number of sources that events came into or left, and their ranks. */
    private void updateSourceGroups() {
        eventsWithSources.values().removeIf(delta -> delta == 0);
        if (eventsWithSources.isEmpty()) return;
        eventsWithSources.forEach((k, delta) -> {
            Node group = NodeFactory.createURI(Iris.eventsWithSources(k));
            long count = stats.stored(group, NKG.eventCount.asNode()) + delta;
            stats.keyNode(group, NKG.EventsWithSources.asNode(), NKG.eventCount.asNode(), count, NKG.sourceCount.asNode(), StatisticsGraph.integer(k));
        });
        stats.rankGroups();
    }

    /** Which statistics a node has, by its classes. */
    private record Kind(boolean actor, boolean event, boolean place, boolean country) {
        boolean counted() {
            return actor || event || place;
        }
    }

    /**
     * The kind of {@code n}, each class asked for directly: listing a much-mentioned node's types reads
     * one statement per article graph that types it.
     */
    private Kind kind(Node n) {
        boolean actor = false;
        boolean event = false;
        for (Node c : StatisticsChanges.ACTOR_CLASSES) actor |= has(n, TYPE, c);
        for (Node c : StatisticsChanges.EVENT_CLASSES) event |= has(n, TYPE, c);
        return new Kind(actor, event, has(n, TYPE, PLACE_CLASS), has(n, TYPE, COUNTRY_CLASS));
    }

    /** A node's counts moved by what this transaction changed about it; its kind is as it was. */
    private void updateByDifference(Node n, ChangedKeys keys, UnionPresence union, StatisticsOutlets outlets) {
        Kind kind = kind(n);
        if (kind.counted()) {
            outlets.update(n, keys.mentions(n));
            long d = 0;
            for (Node a : keys.mentions(n)) d += union.delta(n, NKG.mentionedIn.asNode(), a);
            long old = stats.stored(n, NKG.sourceCount.asNode());
            stats.add(n, NKG.sourceCount.asNode(), d);
            if (kind.event()) moveSources(old, old + d);
        }
        if (kind.actor()) {
            long d = 0;
            for (Node e : keys.actedOn(n)) d += (acts(e, n, union, true) ? 1 : 0) - (acts(e, n, union, false) ? 1 : 0);
            stats.add(n, NKG.eventCount.asNode(), d);
        }
        if (kind.place() || kind.country()) {
            long d = 0;
            for (Node e : keys.eventsAt(n)) d += (keys.isIn(e, n, kind.country(), true) ? 1 : 0) - (keys.isIn(e, n, kind.country(), false) ? 1 : 0);
            stats.add(n, NKG.eventsInCount.asNode(), d);
        }
    }

    private static boolean acts(Node e, Node actor, UnionPresence union, boolean now) {
        for (Node p : StatisticsChanges.ACTS) {
            if (now ? union.now(e, p, actor) : union.before(e, p, actor)) return true;
        }
        return false;
    }

    /** An event's number of sources went from {@code before} to {@code now} (0: it was, or is, in no group). */
    private void moveSources(long before, long now) {
        if (before == now) return;
        if (before > 0) eventsWithSources.merge(before, -1L, Long::sum);
        if (now > 0) eventsWithSources.merge(now, 1L, Long::sum);
    }

    /** Sources, events acted in and events located there, of one node; each only for the classes it is kept for. */
    private void updateNode(Node n, UnionPresence union, StatisticsOutlets outlets) {
        Kind kind = kind(n);
        outlets.recount(n, kind.counted());
        boolean wasEvent = StatisticsChanges.EVENT_CLASSES.stream().anyMatch(c -> union.before(n, TYPE, c));
        long oldSources = stats.stored(n, NKG.sourceCount.asNode());
        long sources = kind.counted() ? objects(n, NKG.mentionedIn.asNode()).size() : 0;
        stats.put(n, NKG.sourceCount.asNode(), sources);
        moveSources(wasEvent ? oldSources : 0, kind.event() ? sources : 0);
        long acted = 0;
        if (kind.actor()) {
            Set<Node> events = new HashSet<>();
            for (Node p : StatisticsChanges.ACTS) events.addAll(subjects(p, n));
            acted = events.size();
        }
        stats.put(n, NKG.eventCount.asNode(), acted);
        long there = 0;
        if (kind.place() || kind.country()) {
            Set<Node> events = subjects(PLACE, n);
            if (kind.country()) {
                for (Node p : subjects(COUNTRY, n)) events.addAll(subjects(PLACE, p));
            }
            there = events.size();
        }
        stats.put(n, NKG.eventsInCount.asNode(), there);
    }

    /**
     * Whether {@code node} is known by {@code name}, and whether that is one of its main names (an
     * {@code rdfs:label}): once, however many article graphs give it, so that a name look-up in the
     * search index reads one document per node and name, and a template reads a much-mentioned
     * node's name from one statement rather than from every article graph that gives it.
     */
    private void updateName(Node node, Node name) {
        boolean main = has(node, RDFS.label.asNode(), name);
        stats.mirror(node, NKG.mainName.asNode(), name, main);
        stats.mirror(node, NKG.knownName.asNode(), name, main || has(node, SKOS.altLabel.asNode(), name));
    }

    /**
     * Whether {@code place} lies in {@code country}, once: every article graph that names a place gives
     * its country, so a template reading it from the article graphs read a statement per article.
     */
    private void updateCountry(Node place, Node country) {
        stats.mirror(place, NKG.inCountry.asNode(), country, has(place, COUNTRY, country));
    }

    /** The values of {@code p} on {@code s} in the data, and those the transaction added or deleted. */
    Set<Node> valuesNowAndChanged(Node s, Node p, Set<Triple> changed) {
        Set<Node> out = objects(s, p);
        for (Triple t : changed) {
            if (t.getPredicate().equals(p)) out.add(t.getObject());
        }
        return out;
    }

    boolean has(Node s, Node p, Node o) {
        return dsg.find(UNION, s, p, o).hasNext();
    }

    /** Whether the data gives {@code s} at least two values of {@code p}: reads no further than the second. */
    boolean hasTwoValues(Node s, Node p) {
        Node first = null;
        for (var it = dsg.find(UNION, s, p, ANY); it.hasNext();) {
            Node o = it.next().getObject();
            if (first == null) first = o;
            else if (!first.equals(o)) return true;
        }
        return false;
    }

    Set<Node> objects(Node s, Node p) {
        Set<Node> out = new HashSet<>();
        dsg.find(UNION, s, p, ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    Set<Node> subjects(Node p, Node o) {
        Set<Node> out = new HashSet<>();
        dsg.find(UNION, ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }
}
