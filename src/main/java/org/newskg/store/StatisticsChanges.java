package org.newskg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.NKG;

/**
 * What one write transaction changed in the article graphs, reduced to what the statistics depend
 * on: the nodes whose own counts may have moved, and for each event the changed statements that
 * place it in a (class, day) or pair its participants. Added and deleted statements are recorded
 * alike, each with whether its graph held it before, so that a key's count moves by what really came
 * into or left the union of the article graphs: a value that came and went moves nothing.
 */
final class StatisticsChanges {
    static final Set<Node> EVENT_CLASSES = nodes(List.of(NKG.Meeting, NKG.Attack, NKG.Negotiation));
    static final Set<Node> ACTOR_CLASSES = nodes(List.of(NKG.Person, NKG.Country, NKG.Organization));
    /** The properties by which an actor acts in an event, as queries/countries.rq counts them. */
    static final List<Node> ACTS = List.of(NKG.participant.asNode(), NKG.attacker.asNode(), NKG.proposedBy.asNode(),
            NKG.acceptedBy.asNode(), NKG.rejectedBy.asNode());
    static final Node TYPE = RDF.type.asNode();
    static final Node MENTIONED_IN = NKG.mentionedIn.asNode();
    static final Node PLACE = NKG.place.asNode();
    static final Node COUNTRY = NKG.country.asNode();
    static final Node DATE = NKG.date.asNode();
    static final Node PARTICIPANT = NKG.participant.asNode();
    static final Node ATTACKER = NKG.attacker.asNode();
    static final Node ARTICLE = NKG.Article.asNode();
    static final Node ATTACK = NKG.Attack.asNode();
    static final Node PUBLISHED = DCTerms.date.asNode();
    static final Node OUTLET = NKG.outlet.asNode();
    /** The figures of an attack whose sources can disagree. */
    static final List<Node> FIGURES = List.of(NKG.killed.asNode(), NKG.injured.asNode());
    /** The properties that give a node a name; the statistics graph keeps each node's names once (nkg:knownName). */
    static final Set<Node> NAMES = Set.of(RDFS.label.asNode(), SKOS.altLabel.asNode());

    private final Set<Node> nodes = new HashSet<>();
    private final Map<Node, Set<Triple>> events = new HashMap<>();
    private final Set<List<Node>> names = new HashSet<>();
    private final Set<List<Node>> countries = new HashSet<>();
    private final Set<Node> dated = new HashSet<>();
    private final Set<Node> tolled = new HashSet<>();
    private final Map<Node, Set<Node>> outlets = new HashMap<>();
    private final Set<Node> freshGraphs = new HashSet<>();
    private final Map<Triple, Map<Node, Boolean>> before = new HashMap<>();
    private boolean fromScratch;

    /**
     * Every statement of the store is being recorded as added, to count the statistics from nothing:
     * what was there before is nothing, so no statement's graphs are kept (a large store's would not
     * fit in memory), and each node is counted afresh.
     */
    void fromScratch() {
        fromScratch = true;
    }

    boolean isFromScratch() {
        return fromScratch;
    }

    /** Graph {@code g} was emptied in this transaction: what is added to it is new, unchecked. */
    void fresh(Node g) {
        freshGraphs.add(g);
    }

    boolean isFresh(Node g) {
        return freshGraphs.contains(g);
    }

    /**
     * Whether a statement is one {@link #record} keeps: the keeper checks only those against the data
     * (is an add new, was a delete there), since that check costs an index look-up per statement.
     */
    static boolean matters(Node p, Node o) {
        return p.equals(TYPE) || p.equals(MENTIONED_IN) || NAMES.contains(p) || p.equals(PLACE) || p.equals(COUNTRY) || p.equals(DATE)
                || p.equals(PUBLISHED) || ACTS.contains(p) || FIGURES.contains(p) || p.equals(OUTLET);
    }

    /**
     * Records one statement added to ({@code added}) or deleted from article graph {@code g}. Only the
     * statements a count or a known name reads are kept: an evidence node changes no statistic. The first
     * change of a statement in a graph tells whether it was there before the transaction.
     */
    void record(Node g, Node s, Node p, Node o, boolean added) {
        if (!fromScratch) before.computeIfAbsent(Triple.create(s, p, o), k -> new HashMap<>()).putIfAbsent(g, !added);
        record(s, p, o);
    }

    /**
     * The article graphs in which this transaction changed a statement, each with whether it held the
     * statement before; null when the statement did not change.
     */
    Map<Node, Boolean> graphsBefore(Triple t) {
        return before.get(t);
    }

    /** Every statement changed, with its graphs (see {@link #graphsBefore}). */
    Set<Triple> changed() {
        return before.keySet();
    }

    private void record(Node s, Node p, Node o) {
        boolean tracked = p.equals(TYPE) && (EVENT_CLASSES.contains(o) || ACTOR_CLASSES.contains(o) || o.equals(NKG.Place.asNode()));
        if (tracked || p.equals(MENTIONED_IN)) nodes.add(s);
        if (p.equals(PLACE) || p.equals(COUNTRY) || ACTS.contains(p)) nodes.add(o);
        if (NAMES.contains(p)) names.add(List.of(s, o));
        if (p.equals(COUNTRY)) countries.add(List.of(s, o));
        if ((p.equals(TYPE) && (EVENT_CLASSES.contains(o) || o.equals(ARTICLE))) || p.equals(DATE) || p.equals(PUBLISHED)) dated.add(s);
        if ((p.equals(TYPE) && o.equals(ATTACK)) || FIGURES.contains(p)) tolled.add(s);
        if (p.equals(OUTLET) && !fromScratch) outlets.computeIfAbsent(s, k -> new HashSet<>()).add(o);
        if ((p.equals(TYPE) && EVENT_CLASSES.contains(o)) || p.equals(DATE) || p.equals(PARTICIPANT) || p.equals(ATTACKER) || p.equals(PLACE)) {
            // From scratch, what an event has now is all that changed: the event alone is kept.
            if (fromScratch) events.putIfAbsent(s, Set.of());
            else events.computeIfAbsent(s, k -> new HashSet<>()).add(Triple.create(s, p, o));
        }
    }

    boolean isEmpty() {
        return nodes.isEmpty() && events.isEmpty() && names.isEmpty() && countries.isEmpty() && dated.isEmpty() && tolled.isEmpty()
                && outlets.isEmpty();
    }

    /** Each node and name ({@code [node, name]}) given or taken by a changed label or variant. */
    Set<List<Node>> names() {
        return names;
    }

    /** Each place and country ({@code [place, country]}) given or taken by a changed nkg:country. */
    Set<List<Node>> countries() {
        return countries;
    }

    /** Subjects and objects whose per-node counts (sources, events, events in) may have changed. */
    Set<Node> nodes() {
        return nodes;
    }

    /** Articles and events whose class or dates changed: the days they are ordered by may have moved. */
    Set<Node> dated() {
        return dated;
    }

    /** Attacks whose class or figures changed: whether their sources disagree may have changed. */
    Set<Node> tolled() {
        return tolled;
    }

    /** For each article whose nkg:outlet statements changed, the outlets added or deleted. */
    Map<Node, Set<Node>> outlets() {
        return outlets;
    }

    /** For each event whose class, date or participants changed, the statements added or deleted. */
    Map<Node, Set<Triple>> events() {
        return events;
    }

    private static Set<Node> nodes(List<org.apache.jena.rdf.model.Resource> rs) {
        Set<Node> out = new HashSet<>();
        rs.forEach(r -> out.add(r.asNode()));
        return Set.copyOf(out);
    }
}
