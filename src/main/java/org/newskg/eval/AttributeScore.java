package org.newskg.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.ActorKind;
import org.newskg.extract.Extraction.Event;

/**
 * How often the attributes of what was found are right: of the gold people found, their role and
 * affiliation; of the gold events found, their place, date, attacker, weapon, killed, injured and
 * participants. Only attributes the gold states are judged; a figure is right when the article gives
 * it for that event (any authority's), since sources disagree.
 */
public final class AttributeScore {
    /** The attributes in the order they are printed. */
    public static final List<String> NAMES = List.of("role", "affiliation", "place", "date", "attacker", "weapon", "killed", "injured",
            "participants");

    private final Map<String, int[]> counts = new LinkedHashMap<>();

    public AttributeScore() {
        for (String n : NAMES) counts.put(n, new int[2]);
    }

    /** [right, judged] for one attribute. */
    public int[] counts(String attribute) {
        return counts.get(attribute);
    }

    public void add(Extraction predicted, GoldArticle g) {
        Extraction gold = g.gold();
        for (Actor ga : gold.actors()) {
            if (ga.kind() != ActorKind.Person) continue;
            Actor pa = predicted.actors().stream().filter(a -> Score.same(a, ga)).findFirst().orElse(null);
            if (pa == null) continue;
            if (ga.role() != null) judge("role", pa.role() != null && overlaps(pa.role(), ga.role()));
            if (ga.affiliation() != null) judge("affiliation", sameActor(predicted, pa.affiliation(), gold, ga.affiliation()));
        }
        for (Event ge : gold.events()) {
            Event pe = predicted.events().stream().filter(p -> Score.same(p, predicted, ge, gold)).findFirst().orElse(null);
            if (pe == null) continue;
            if (ge.place() != null) judge("place", pe.place() != null && Score.sharesName(pe.place(), ge.place()));
            if (ge.date() != null) judge("date", pe.date() != null && pe.date().value().equals(ge.date().value()));
            if (ge.attacker() != null) judge("attacker", sameActor(predicted, pe.attacker(), gold, ge.attacker()));
            if (ge.weapon() != null) judge("weapon", pe.weapon() != null && overlaps(pe.weapon(), ge.weapon()));
            Set<Integer> killed = g.killedFigures().getOrDefault(ge.id(), Set.of());
            if (!killed.isEmpty()) judge("killed", pe.killed() != null && killed.contains(pe.killed()));
            Set<Integer> injured = g.injuredFigures().getOrDefault(ge.id(), Set.of());
            if (!injured.isEmpty()) judge("injured", pe.injured() != null && injured.contains(pe.injured()));
            if (!ge.participants().isEmpty()) judge("participants", sameActors(predicted, pe.participants(), gold, ge.participants()));
        }
    }

    private void judge(String attribute, boolean right) {
        int[] c = counts.get(attribute);
        if (right) c[0]++;
        c[1]++;
    }

    /** "Foreign Minister" and "Russian Foreign Minister" agree: one holds the other, case aside. */
    private static boolean overlaps(String predicted, String gold) {
        String p = predicted.toLowerCase(Locale.ROOT);
        String g = gold.toLowerCase(Locale.ROOT);
        return p.contains(g) || g.contains(p);
    }

    private static boolean sameActor(Extraction px, String pid, Extraction gx, String gid) {
        Actor p = pid == null ? null : Score.actor(px, pid);
        Actor g = Score.actor(gx, gid);
        return p != null && g != null && Score.same(p, g);
    }

    /** Every gold participant found among the predicted ones, and no predicted one that the gold lacks. */
    private static boolean sameActors(Extraction px, List<String> pids, Extraction gx, List<String> gids) {
        Set<String> matchedGold = new HashSet<>();
        for (String pid : pids) {
            String match = gids.stream().filter(gid -> sameActor(px, pid, gx, gid)).findFirst().orElse(null);
            if (match == null) return false;
            matchedGold.add(match);
        }
        return !pids.isEmpty() && matchedGold.size() == new HashSet<>(gids).size();
    }
}
