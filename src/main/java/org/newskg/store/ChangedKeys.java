package org.newskg.store;

import static org.newskg.store.StatisticsChanges.COUNTRY;
import static org.newskg.store.StatisticsChanges.MENTIONED_IN;
import static org.newskg.store.StatisticsChanges.PLACE;
import static org.newskg.store.StatisticsChanges.TYPE;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newskg.rdf.NKG;

/**
 * What one transaction's changes mean for the per-node counts: the nodes whose kind changed (counted
 * afresh), and for the others the articles, events and places whose statements about them changed
 * (counted by difference).
 */
final class ChangedKeys {
    private final UnionPresence union;
    private final StatisticsUpdate data;
    private final Set<Node> kindChanged = new HashSet<>();
    private final Map<Node, Set<Node>> mentions = new HashMap<>();
    private final Map<Node, Set<Node>> actedOn = new HashMap<>();
    private final Map<Node, Set<Node>> eventsAt = new HashMap<>();
    /** For each event, the places it came into or left (in the union). */
    private final Map<Node, Set<Node>> placesChanged = new HashMap<>();
    /** For each place, the countries of statements about it that changed in some graph. */
    private final Map<Node, Set<Node>> countriesChanged = new HashMap<>();

    private ChangedKeys(UnionPresence union, StatisticsUpdate data) {
        this.union = union;
        this.data = data;
    }

    static ChangedKeys of(StatisticsChanges changes, UnionPresence union, StatisticsUpdate data) {
        ChangedKeys k = new ChangedKeys(union, data);
        for (Triple t : changes.changed()) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(TYPE)) {
                if (tracked(o) && union.changed(s, p, o)) k.kindChanged.add(s);
            } else if (p.equals(MENTIONED_IN)) {
                set(k.mentions, s).add(o);
            } else if (StatisticsChanges.ACTS.contains(p)) {
                set(k.actedOn, o).add(s);
            } else if (p.equals(PLACE)) {
                if (union.changed(s, p, o)) set(k.placesChanged, s).add(o);
            } else if (p.equals(COUNTRY)) {
                set(k.countriesChanged, s).add(o);
                // A place that came into or left a country takes its events with it.
                if (union.changed(s, p, o)) set(k.eventsAt, o).addAll(data.subjects(PLACE, s));
            }
        }
        // A much-mentioned place has its country stated in every article graph: each place is read once.
        Map<Node, Set<Node>> countriesOf = new HashMap<>();
        k.placesChanged.forEach((event, places) -> {
            for (Node place : places) {
                set(k.eventsAt, place).add(event);
                Set<Node> countries = countriesOf.computeIfAbsent(place, x -> {
                    Set<Node> cs = data.objects(x, COUNTRY);
                    cs.addAll(k.countriesChanged.getOrDefault(x, Set.of()));
                    return cs;
                });
                for (Node c : countries) set(k.eventsAt, c).add(event);
            }
        });
        return k;
    }

    private static boolean tracked(Node type) {
        return StatisticsChanges.EVENT_CLASSES.contains(type) || StatisticsChanges.ACTOR_CLASSES.contains(type) || type.equals(NKG.Place.asNode());
    }

    private static Set<Node> set(Map<Node, Set<Node>> m, Node key) {
        return m.computeIfAbsent(key, x -> new HashSet<>());
    }

    /** Every node with a count that may have moved. */
    Set<Node> nodes() {
        Set<Node> out = new HashSet<>(kindChanged);
        out.addAll(mentions.keySet());
        out.addAll(actedOn.keySet());
        out.addAll(eventsAt.keySet());
        return out;
    }

    Set<Node> kindChanged() {
        return kindChanged;
    }

    /** The articles whose statement that {@code n} is mentioned in them changed in some graph. */
    Set<Node> mentions(Node n) {
        return mentions.getOrDefault(n, Set.of());
    }

    /** The events whose statement that {@code actor} acts in them changed in some graph. */
    Set<Node> actedOn(Node actor) {
        return actedOn.getOrDefault(actor, Set.of());
    }

    /** The events that may have come into or left place (or country) {@code n}. */
    Set<Node> eventsAt(Node n) {
        return eventsAt.getOrDefault(n, Set.of());
    }

    /** Whether event {@code e} is at {@code at} (or, for a country, at one of its places), now or before. */
    boolean isIn(Node e, Node at, boolean country, boolean now) {
        if (present(e, PLACE, at, now)) return true;
        if (!country) return false;
        Set<Node> places = data.objects(e, PLACE);
        places.addAll(placesChanged.getOrDefault(e, Set.of()));
        for (Node p : places) {
            if (present(e, PLACE, p, now) && present(p, COUNTRY, at, now)) return true;
        }
        return false;
    }

    private boolean present(Node s, Node p, Node o, boolean now) {
        return now ? union.now(s, p, o) : union.before(s, p, o);
    }
}
