package org.newskg.store;

import static org.newskg.store.StatisticsChanges.COUNTRY;
import static org.newskg.store.StatisticsChanges.DATE;
import static org.newskg.store.StatisticsChanges.PARTICIPANT;
import static org.newskg.store.StatisticsChanges.PLACE;
import static org.newskg.store.StatisticsChanges.TYPE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.id.Iris;
import org.newskg.rdf.NKG;

/**
 * Recounts, inside a write transaction, the statistics that one transaction's changes can have
 * touched, from the union of the article graphs, and writes them into the statistics graph in place
 * of the old values. Counts are read with direct {@code find} calls rather than SPARQL, one per key:
 * an ingest batch touches thousands of keys and must stay fast.
 */
final class StatisticsUpdate {
    /** The statistics graph's name. */
    static final Node GRAPH = NodeFactory.createURI(Iris.STATISTICS_GRAPH);
    /** The properties only the statistics graph uses. */
    static final Set<Node> PREDICATES = Set.of(NKG.sourceCount.asNode(), NKG.eventCount.asNode(), NKG.eventsInCount.asNode(),
            NKG.meetingCount.asNode(), NKG.pairMember.asNode(), NKG.eventClass.asNode(), NKG.day.asNode());
    private static final Node UNION = Quad.unionGraph;
    private static final Node ANY = Node.ANY;
    private static final Node MEETING = NKG.Meeting.asNode();
    private static final Node PLACE_CLASS = NKG.Place.asNode();
    private static final Node COUNTRY_CLASS = NKG.Country.asNode();

    private final DatasetGraph dsg;
    /** The meetings of each actor met so far in this update; the data does not change while it runs. */
    private final Map<Node, Set<Node>> meetingsOf = new HashMap<>();

    /** {@code dsg} is the dataset below the recording wrapper: writes here are not recorded again. */
    StatisticsUpdate(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    void apply(StatisticsChanges changes) {
        Set<Node> nodes = new HashSet<>(changes.nodes());
        // An event that moved into or out of a place also moves into or out of the place's country.
        for (Node n : changes.nodes()) nodes.addAll(objects(n, COUNTRY));
        for (Node n : nodes) {
            if (n.isURI()) updateNode(n);
        }
        Set<List<Node>> days = new HashSet<>();
        Set<List<Node>> pairs = new HashSet<>();
        changes.events().forEach((event, changed) -> {
            Set<Node> classes = valuesNowAndChanged(event, TYPE, changed);
            classes.retainAll(StatisticsChanges.EVENT_CLASSES);
            for (Node c : classes) {
                for (Node d : valuesNowAndChanged(event, DATE, changed)) days.add(List.of(c, d));
            }
            if (!classes.contains(MEETING)) return;
            List<Node> people = new ArrayList<>(valuesNowAndChanged(event, PARTICIPANT, changed));
            people.removeIf(x -> !x.isURI());
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) pairs.add(ordered(people.get(i), people.get(j)));
            }
        });
        days.forEach(k -> updateDay(k.get(0), k.get(1)));
        pairs.forEach(k -> updatePair(k.get(0), k.get(1)));
    }

    /** Sources, events acted in and events located there, of one node; each only for the classes it is kept for. */
    private void updateNode(Node n) {
        Set<Node> types = objects(n, TYPE);
        boolean actor = types.stream().anyMatch(StatisticsChanges.ACTOR_CLASSES::contains);
        boolean event = types.stream().anyMatch(StatisticsChanges.EVENT_CLASSES::contains);
        boolean place = types.contains(PLACE_CLASS);
        boolean country = types.contains(COUNTRY_CLASS);
        put(n, NKG.sourceCount.asNode(), actor || event || place ? objects(n, NKG.mentionedIn.asNode()).size() : 0);
        long acted = 0;
        if (actor) {
            Set<Node> events = new HashSet<>();
            for (Node p : StatisticsChanges.ACTS) events.addAll(subjects(p, n));
            acted = events.size();
        }
        put(n, NKG.eventCount.asNode(), acted);
        long there = 0;
        if (place || country) {
            Set<Node> events = subjects(PLACE, n);
            if (country) {
                for (Node p : subjects(COUNTRY, n)) events.addAll(subjects(PLACE, p));
            }
            there = events.size();
        }
        put(n, NKG.eventsInCount.asNode(), there);
    }

    /** The events of class {@code c} dated {@code d}. */
    private void updateDay(Node c, Node d) {
        long n = subjects(DATE, d).stream().filter(e -> has(e, TYPE, c)).count();
        Node day = NodeFactory.createURI(Iris.eventsOnDay(c.getLocalName(), d.isLiteral() ? d.getLiteralLexicalForm() : d.toString(),
                d.isLiteral() && XSDDatatype.XSDdate.getURI().equals(d.getLiteralDatatypeURI())));
        if (n == 0) {
            dsg.deleteAny(GRAPH, day, ANY, ANY);
            return;
        }
        dsg.add(GRAPH, day, TYPE, NKG.EventsOnDay.asNode());
        dsg.add(GRAPH, day, NKG.eventClass.asNode(), c);
        dsg.add(GRAPH, day, NKG.day.asNode(), d);
        put(day, NKG.eventCount.asNode(), n);
    }

    /** The meetings that actors {@code a} and {@code b} both take part in. */
    private void updatePair(Node a, Node b) {
        Set<Node> both = new HashSet<>(meetings(a));
        both.retainAll(meetings(b));
        Node pair = NodeFactory.createURI(Iris.meetingPair(a.getURI(), b.getURI()));
        if (both.isEmpty()) {
            dsg.deleteAny(GRAPH, pair, ANY, ANY);
            return;
        }
        dsg.add(GRAPH, pair, TYPE, NKG.MeetingPair.asNode());
        dsg.add(GRAPH, pair, NKG.pairMember.asNode(), a);
        dsg.add(GRAPH, pair, NKG.pairMember.asNode(), b);
        put(pair, NKG.meetingCount.asNode(), both.size());
    }

    private Set<Node> meetings(Node actor) {
        return meetingsOf.computeIfAbsent(actor, x -> {
            Set<Node> out = subjects(PARTICIPANT, x);
            out.removeIf(m -> !has(m, TYPE, MEETING));
            return out;
        });
    }

    /** Replaces the value of {@code p} on {@code s} by {@code count}, or removes it when the count is 0. */
    private void put(Node s, Node p, long count) {
        Node value = count == 0 ? null : NodeFactory.createLiteralDT(Long.toString(count), XSDDatatype.XSDinteger);
        Iterator<Quad> old = dsg.find(GRAPH, s, p, ANY);
        if (value != null && old.hasNext() && old.next().getObject().equals(value) && !old.hasNext()) return;
        dsg.deleteAny(GRAPH, s, p, ANY);
        if (value != null) dsg.add(GRAPH, s, p, value);
    }

    /** The values of {@code p} on {@code s} in the data, and those the transaction added or deleted. */
    private Set<Node> valuesNowAndChanged(Node s, Node p, Set<Triple> changed) {
        Set<Node> out = objects(s, p);
        for (Triple t : changed) {
            if (t.getPredicate().equals(p)) out.add(t.getObject());
        }
        return out;
    }

    private boolean has(Node s, Node p, Node o) {
        return dsg.find(UNION, s, p, o).hasNext();
    }

    private Set<Node> objects(Node s, Node p) {
        Set<Node> out = new HashSet<>();
        dsg.find(UNION, s, p, ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private Set<Node> subjects(Node p, Node o) {
        Set<Node> out = new HashSet<>();
        dsg.find(UNION, ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    private static List<Node> ordered(Node a, Node b) {
        return a.getURI().compareTo(b.getURI()) < 0 ? List.of(a, b) : List.of(b, a);
    }
}
