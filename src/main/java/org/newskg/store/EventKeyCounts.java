package org.newskg.store;

import static org.newskg.store.StatisticsChanges.ATTACK;
import static org.newskg.store.StatisticsChanges.ATTACKER;
import static org.newskg.store.StatisticsChanges.DATE;
import static org.newskg.store.StatisticsChanges.PARTICIPANT;
import static org.newskg.store.StatisticsChanges.PLACE;
import static org.newskg.store.StatisticsChanges.TYPE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.newskg.id.Iris;
import org.newskg.rdf.NKG;

/**
 * The counts keyed by what events state: the events of a class on a day, the meetings two actors both
 * take part in, and the attacks of an attacker at a place. Each key's count moves by difference: for
 * every changed event, whether it held the key after the transaction and before it.
 */
final class EventKeyCounts {
    private static final Node MEETING = NKG.Meeting.asNode();

    private final StatisticsUpdate data;
    private final StatisticsGraph stats;
    private final UnionPresence union;
    private final Map<List<Node>, Long> days = new HashMap<>();
    private final Map<List<Node>, Long> meetingPairs = new HashMap<>();
    private final Map<List<Node>, Long> attackPairs = new HashMap<>();

    EventKeyCounts(StatisticsUpdate data, StatisticsGraph stats, UnionPresence union) {
        this.data = data;
        this.stats = stats;
        this.union = union;
    }

    /** Counts the keys of {@code event}, whose statements {@code changed} were added or deleted. */
    void add(Node event, Set<Triple> changed) {
        Set<Node> classes = data.valuesNowAndChanged(event, TYPE, changed);
        classes.retainAll(StatisticsChanges.EVENT_CLASSES);
        for (Node c : classes) {
            for (Node d : data.valuesNowAndChanged(event, DATE, changed)) {
                days.merge(List.of(c, d), delta(event, c, DATE, d, null, null), Long::sum);
            }
        }
        if (classes.contains(MEETING)) {
            List<Node> people = uris(event, PARTICIPANT, changed);
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    Node a = people.get(i);
                    Node b = people.get(j);
                    List<Node> pair = a.getURI().compareTo(b.getURI()) < 0 ? List.of(a, b) : List.of(b, a);
                    meetingPairs.merge(pair, delta(event, MEETING, PARTICIPANT, a, PARTICIPANT, b), Long::sum);
                }
            }
        }
        if (classes.contains(ATTACK)) {
            for (Node attacker : uris(event, ATTACKER, changed)) {
                for (Node place : uris(event, PLACE, changed)) {
                    attackPairs.merge(List.of(attacker, place), delta(event, ATTACK, ATTACKER, attacker, PLACE, place), Long::sum);
                }
            }
        }
    }

    /** Writes every count that moved. */
    void write() {
        days.forEach((k, delta) -> {
            if (delta == 0) return;
            Node c = k.get(0);
            Node d = k.get(1);
            Node day = NodeFactory.createURI(Iris.eventsOnDay(c.getLocalName(), d.isLiteral() ? d.getLiteralLexicalForm() : d.toString(),
                    d.isLiteral() && XSDDatatype.XSDdate.getURI().equals(d.getLiteralDatatypeURI())));
            stats.moveKeyNode(day, NKG.EventsOnDay.asNode(), NKG.eventCount.asNode(), delta, NKG.eventClass.asNode(), c, NKG.day.asNode(), d);
        });
        meetingPairs.forEach((k, delta) -> {
            if (delta != 0) stats.moveKeyNode(NodeFactory.createURI(Iris.meetingPair(k.get(0).getURI(), k.get(1).getURI())), NKG.MeetingPair.asNode(),
                    NKG.meetingCount.asNode(), delta, NKG.pairMember.asNode(), k.get(0), NKG.pairMember.asNode(), k.get(1));
        });
        attackPairs.forEach((k, delta) -> {
            if (delta != 0) stats.moveKeyNode(NodeFactory.createURI(Iris.attackPair(k.get(0).getURI(), k.get(1).getURI())), NKG.AttackPair.asNode(),
                    NKG.attackCount.asNode(), delta, NKG.pairAttacker.asNode(), k.get(0), NKG.pairPlace.asNode(), k.get(1));
        });
    }

    /** The IRI values of {@code p} on the event, now and changed, in a fixed order. */
    private List<Node> uris(Node event, Node p, Set<Triple> changed) {
        List<Node> out = new ArrayList<>(data.valuesNowAndChanged(event, p, changed));
        out.removeIf(x -> !x.isURI());
        return out;
    }

    /**
     * 1 when the event came to have class {@code c} with the statements ({@code p1 o1}) and, unless
     * {@code p2} is null, ({@code p2 o2}); -1 when it ceased to; else 0.
     */
    private long delta(Node event, Node c, Node p1, Node o1, Node p2, Node o2) {
        boolean now = union.now(event, TYPE, c) && union.now(event, p1, o1) && (p2 == null || union.now(event, p2, o2));
        boolean before = union.before(event, TYPE, c) && union.before(event, p1, o1) && (p2 == null || union.before(event, p2, o2));
        return Boolean.compare(now, before);
    }
}
