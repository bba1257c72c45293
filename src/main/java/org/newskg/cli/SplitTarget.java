package org.newskg.cli;

import org.newskg.id.Iris;

/** The node a name split off an actor gets: an IRI of the same kind, made from the name. */
final class SplitTarget {
    private SplitTarget() {}

    /**
     * The IRI that {@code name} gets when split off {@code iri}.
     *
     * @throws IllegalArgumentException when {@code iri} is not a newskg IRI, or {@code name} is the one it is made from
     */
    static String of(String iri, String name) {
        if (!iri.startsWith(Iris.BASE)) throw new IllegalArgumentException("not a newskg IRI: " + iri);
        String kind = iri.substring(Iris.BASE.length()).split("/")[0];
        String target = Iris.actor(kind, name);
        if (target.equals(iri)) throw new IllegalArgumentException("\"" + name + "\" is the name " + iri + " is made from; split another variant");
        return target;
    }
}
