package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.Event;

/**
 * Precision and recall of an extraction against a hand annotation of the same article, per kind.
 * Actors match on kind and a shared name (or ISO code, or Wikidata id); events on kind and their defining arguments:
 * meetings on place or date with a shared participant, attacks on place, date or toll, negotiations
 * on topic or a shared party.
 */
public final class Score {
    /** Counts for one kind: predicted, gold, and how many of each found a match. */
    public static final class Counts {
        int predicted;
        int gold;
        int predictedMatched;
        int goldMatched;

        public double precision() {
            return predicted == 0 ? 1 : predictedMatched / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : goldMatched / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.2f (%d/%d)  R %.2f (%d/%d)  F1 %.2f", precision(), predictedMatched, predicted,
                    recall(), goldMatched, gold, f1());
        }
    }

    final Map<String, Counts> byKind = new TreeMap<>();

    public Map<String, Counts> byKind() {
        return byKind;
    }

    public void add(Extraction predicted, Extraction gold) {
        for (Actor p : predicted.actors()) counts(p.kind().name()).predicted++;
        for (Actor g : gold.actors()) counts(g.kind().name()).gold++;
        for (Actor p : predicted.actors()) if (gold.actors().stream().anyMatch(g -> same(p, g))) counts(p.kind().name()).predictedMatched++;
        for (Actor g : gold.actors()) if (predicted.actors().stream().anyMatch(p -> same(p, g))) counts(g.kind().name()).goldMatched++;
        for (Event p : predicted.events()) counts(p.kind().name()).predicted++;
        for (Event g : gold.events()) counts(g.kind().name()).gold++;
        for (Event p : predicted.events()) if (gold.events().stream().anyMatch(g -> same(p, predicted, g, gold))) counts(p.kind().name()).predictedMatched++;
        for (Event g : gold.events()) if (predicted.events().stream().anyMatch(p -> same(p, predicted, g, gold))) counts(g.kind().name()).goldMatched++;
    }

    public Counts counts(String kind) {
        return byKind.computeIfAbsent(kind, k -> new Counts());
    }

    public static boolean same(Actor p, Actor g) {
        if (p.kind() != g.kind()) return false;
        if (p.code() != null && p.code().equals(g.code())) return true;
        if (p.wikidata() != null && p.wikidata().equals(g.wikidata())) return true;
        Set<String> a = names(p);
        a.retainAll(names(g));
        return !a.isEmpty();
    }

    private static Set<String> names(Actor a) {
        Set<String> out = new HashSet<>();
        out.add(a.name().toLowerCase(Locale.ROOT));
        for (String s : a.aliases()) out.add(s.toLowerCase(Locale.ROOT));
        return out;
    }

    public static boolean same(Event p, Extraction px, Event g, Extraction gx) {
        if (p.kind() != g.kind()) return false;
        boolean place = p.place() != null && g.place() != null && sharesName(p.place(), g.place());
        boolean date = p.date() != null && g.date() != null && p.date().value().equals(g.date().value());
        return switch (p.kind()) {
            case Meeting -> (place || date) && (shared(p.participants(), px, g.participants(), gx) || (place && date));
            case Attack -> place || date || (p.killed() != null && Objects.equals(p.killed(), g.killed()));
            case Negotiation -> Objects.equals(p.topic(), g.topic())
                    || shared(parties(p), px, parties(g), gx);
        };
    }

    static boolean sharesName(Extraction.Place a, Extraction.Place b) {
        Set<String> x = new HashSet<>();
        x.add(a.name().toLowerCase(Locale.ROOT));
        a.aliases().forEach(n -> x.add(n.toLowerCase(Locale.ROOT)));
        if (x.contains(b.name().toLowerCase(Locale.ROOT))) return true;
        return b.aliases().stream().anyMatch(n -> x.contains(n.toLowerCase(Locale.ROOT)));
    }

    private static List<String> parties(Event e) {
        List<String> out = new ArrayList<>(e.proposedBy());
        out.addAll(e.acceptedBy());
        out.addAll(e.rejectedBy());
        return out;
    }

    private static boolean shared(List<String> pIds, Extraction px, List<String> gIds, Extraction gx) {
        for (String pi : pIds) {
            Actor pa = actor(px, pi);
            for (String gi : gIds) if (pa != null && same(pa, actor(gx, gi))) return true;
        }
        return false;
    }

    static Actor actor(Extraction x, String id) {
        return x.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
