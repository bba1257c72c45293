package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.Extraction;
import java.util.Set;
import org.newskg.extract.Extraction.EventKind;
import org.newskg.extract.Extraction.Span;
import org.newskg.extract.rules.Mention.Kind;
import org.newskg.extract.rules.Mention.Use;
import org.newskg.extract.text.PhraseIndex;
import org.newskg.extract.text.Sentence;

/**
 * Attacks, clause by clause: a weapon or an attack word with a toll, a place or a date starts or
 * extends an attack. One attack per real attack: a clause that only gives a toll ("the dead
 * numbered six, with nine hurt"), or speaks of "the strike", goes on with the last attack; another clause
 * joins an earlier attack it does not contradict on place, date or toll. Totals of a war or a period
 * ("a war that has so far cost 12,000 lives") are no attack's toll.
 */
final class AttackRule {
    private final RuleLexicon lex = RuleLexicon.get();
    private final ActorTable actors;
    private final DateResolver dates;
    private final TollFinder tolls = new TollFinder();
    private final TollSources sources;
    private final StatementDates statements = new StatementDates();
    private final EventPlace places = new EventPlace();
    private final List<EventBuilder> attacks = new ArrayList<>();

    AttackRule(ActorTable actors, DateResolver dates) {
        this.actors = actors;
        this.dates = dates;
        this.sources = new TollSources(actors);
    }

    /** Reads clause {@code c} of the sentence's {@code clauses}; {@code in} are its mentions, {@code all} the sentence's. */
    void read(Sentence s, int[] c, List<Mention> in, List<Mention> all, int[][] clauses, Span evidence) {
        TollFinder.Toll toll = tolls.find(s, c[0], c[1]);
        int[] weaponAt = new int[1];
        String weapon = weapon(s, c[0], c[1], weaponAt);
        int named = namedAttack(s, c);
        boolean strong = weapon != null || named >= 0;
        if (aggregate(s, c, strong)) return;
        EventBuilder a = new EventBuilder(EventKind.Attack);
        places.place(a, s, c, in, Set.of());
        a.date = dates.find(s, c[0], c[1], false, i -> !statements.datesStatement(s, i, c[0], c[1]));
        a.weapon = weapon;
        a.killed = toll.killed();
        a.injured = toll.injured();
        if (!toll.isEmpty()) {
            a.addToll(new Extraction.Toll(toll.killed(), toll.injured(), toll.qualifier(), toll.upTo(),
                    sources.find(s, c, all, clauses, giving(s, clauses)), evidence));
        }
        String attributed = attributed(s, c, in);
        a.attributed = attributed != null && !attributed.isEmpty();
        a.attacker = attributed != null ? (attributed.isEmpty() ? null : attributed) : attacker(s, c, in);
        a.evidence.add(evidence);
        a.lastSentence = s.index();
        EventBuilder last = attacks.isEmpty() ? null : attacks.get(attacks.size() - 1);
        // A country alone is no place for an attack ("Turkey, which carries out air strikes").
        boolean anchored = a.place != null && !EventBuilder.isCountryLevel(a.place) || a.date != null;
        if (toll.isEmpty() && !strong) return;
        // "the strike", "the attack": the attack already told.
        boolean definite = strong && definite(s, weapon != null ? weaponAt[0] : named);
        if (last != null && definite && last.compatible(a)) {
            last.absorb(a);
            return;
        }
        // A toll alone goes on with the attack of the sentences just before; far from it, it is someone's total.
        if (last != null && !strong && !anchored) {
            if (last.lastSentence >= s.index() - 2) last.absorb(a);
            return;
        }
        // A weapon named with no toll, place or date is talk of weapons, not a report of an attack.
        if (toll.isEmpty() && !anchored) {
            if (last != null && last.compatible(a) && sameWeapon(last, a)) last.absorb(a);
            return;
        }
        for (EventBuilder b : attacks) {
            boolean same = b.samePlace(a) && b.sameDate(a);
            boolean unanchored = b.place == null && b.date == null;
            if (same || b.compatible(a) && agreeingTolls(b, a) && (unanchored || b.samePlace(a) || b.sameDate(a) || sameWeapon(b, a))) {
                b.absorb(a);
                return;
            }
        }
        attacks.add(a);
    }

    /** Which clauses of the sentence give a figure of their own. */
    private boolean[] giving(Sentence s, int[][] clauses) {
        boolean[] out = new boolean[clauses.length];
        for (int k = 0; k < clauses.length; k++) out[k] = !tolls.find(s, clauses[k][0], clauses[k][1]).isEmpty();
        return out;
    }

    List<EventBuilder> builders() {
        return attacks;
    }

    private static boolean agreeingTolls(EventBuilder b, EventBuilder a) {
        return b.killed == null || a.killed == null || b.killed.equals(a.killed);
    }

    private static boolean sameWeapon(EventBuilder b, EventBuilder a) {
        return b.weapon != null && b.weapon.equals(a.weapon);
    }

    /** A total of a war or a period (aggregate-markers.tsv), or "since 2017". */
    private boolean aggregate(Sentence s, int[] c, boolean namesAttack) {
        for (int i = c[0]; i < c[1]; i++) {
            if (s.token(i).lowerIs("since") && i + 1 < c[1] && s.token(i + 1).text().matches("(19|20)\\d\\d")) return true;
            PhraseIndex.Match<String> m = lex.aggregateMarkers.longestAt(s.tokens(), i);
            if (m != null && (m.values().contains("always") || !namesAttack)) return true;
        }
        return false;
    }

    /** "the strike", "this attack", "the Thursday bombing": a word for an attack told before. */
    private static boolean definite(Sentence s, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
            if (s.token(k).lowerIs("the", "this", "that")) return true;
            if (!s.token(k).isWord()) return false;
        }
        return false;
    }

    /** Where an attack word that is not only a word of death ("killed") stands in the clause, or -1. */
    private int namedAttack(Sentence s, int[] c) {
        for (int i = c[0]; i < c[1]; i++) {
            PhraseIndex.Match<String> m = lex.triggers.longestAt(s.tokens(), i);
            if (m != null && m.values().contains("Attack") && lex.tollVerbs.longestAt(s.tokens(), i) == null) return i;
        }
        return -1;
    }

    /**
     * "X claimed responsibility", "blamed X", "held X responsible", "perpetrated by X" (attributions.tsv):
     * the actor's id, "" where the cue names no known actor, null where there is no cue.
     */
    private String attributed(Sentence s, int[] c, List<Mention> in) {
        for (int i = c[0]; i < c[1]; i++) {
            PhraseIndex.Match<String> m = lex.attributions.longestAt(s.tokens(), i);
            if (m == null) continue;
            String side = m.values().get(0);
            int end = i + m.length();
            if (side.equals("responsible") && !followedBy(s, end, c[1], "responsible")) continue;
            Mention best = null;
            for (Mention x : in) {
                if (!attacker(x)) continue;
                if (side.equals("before") && x.to() <= i && (best == null || x.to() > best.to())) best = x;
                if (!side.equals("before") && x.from() >= end && x.from() - end <= 3 && (best == null || x.from() < best.from())) best = x;
            }
            // A cue without a known actor ("blamed unidentified gunmen"): no guess from word order either.
            return best != null ? actors.idOf(best) : "";
        }
        return null;
    }

    private static boolean followedBy(Sentence s, int from, int to, String word) {
        for (int k = from; k < to; k++) if (s.token(k).lower().equals(word)) return true;
        return false;
    }

    /** A country or group that can attack: outlets and speakers only report. */
    private boolean attacker(Mention m) {
        return (m.kind() == Kind.COUNTRY || m.kind() == Kind.ORGANIZATION) && m.use() != Use.SPEAKER && m.use() != Use.LOCATION
                && !ClauseFrames.isOutlet(m)
                && actors.idOf(m) != null;
    }

    /** The country or group right before the weapon or attack word, after "by", or the subject of an attack verb. */
    private String attacker(Sentence s, int[] c, List<Mention> in) {
        for (int i = c[0]; i < c[1]; i++) {
            boolean weaponOrTrigger = lex.weapons.longestAt(s.tokens(), i) != null || isTrigger(s, i);
            if (!weaponOrTrigger) continue;
            for (Mention m : in) {
                if (!attacker(m)) continue;
                // "X came under attack": X is the target.
                boolean target = i > 0 && s.token(i - 1).lowerIs("under");
                if (m.to() <= i && i - m.to() <= 2 && !target) return actors.idOf(m);
                if (m.from() > i && m.from() - i <= 5 && i + 1 < s.size() && s.token(i + 1).lower().equals("by")) return actors.idOf(m);
            }
            // Otherwise the subject of an attack verb ("Russia struck ..."): the first country or group before it.
            if (!lex.attackVerbs.contains(s.token(i).lower()) && !activeKilling(s, i)) continue;
            for (Mention m : in) {
                if (m.to() <= i && attacker(m) && m.use() == Use.PLAIN) return actors.idOf(m);
            }
        }
        return null;
    }

    /** "X killed 18 people", "X has killed": a verb of death whose subject did it (not "were killed", "killed by"). */
    private boolean activeKilling(Sentence s, int i) {
        if (!s.token(i).lowerIs("killed", "kills", "kill")) return false;
        boolean passive = i > 0 && s.token(i - 1).lowerIs("was", "were", "been", "be", "is", "are", "being", "who", "people");
        return !passive && !(i + 1 < s.size() && s.token(i + 1).lowerIs("by", "in", "when", "as", "and"));
    }

    private boolean isTrigger(Sentence s, int i) {
        PhraseIndex.Match<String> m = lex.triggers.longestAt(s.tokens(), i);
        return m != null && m.values().contains("Attack");
    }

    /** The longest weapon named in the clause, by its name in weapons.txt; its first token goes to {@code at[0]}. */
    String weapon(Sentence s, int from, int to, int[] at) {
        String best = null;
        int bestLength = 0;
        for (int i = from; i < to; i++) {
            PhraseIndex.Match<String> m = lex.weapons.longestAt(s.tokens(), i);
            if (m != null && m.length() > bestLength) {
                best = m.values().get(0);
                bestLength = m.length();
                at[0] = i;
            }
        }
        return best;
    }
}
