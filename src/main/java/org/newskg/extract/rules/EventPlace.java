package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.EventKind;
import org.newskg.extract.rules.Mention.Kind;
import org.newskg.extract.text.PhraseIndex;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Token;

/**
 * The place of an event a clause tells: a place the event's own locative governs ("talks in X", "a
 * strike near X", event-locatives.tsv), what an attack hits ("drones struck the port of X"), or a
 * meeting's venue named before its trigger ("the X talks").
 * A place is never the event's where its nearest locative is another ("officials from X", "according
 * to X"), where that locative follows a noun that it places instead ("the war in X", scene-nouns.tsv,
 * or a meeting's trigger for an attack and an attack's for a meeting: "a raid during talks in X";
 * a negotiation's topic is no such noun: "talks on the X programme in Y" were held in Y), nor where it is a country that
 * takes part in the meeting. Of the places left, a meeting's venue ("met in X", "talks held in X")
 * comes first, then the most specific ("in the X district, near the village of Y": Y), an owner last
 * ("in X's Y district": Y).
 */
final class EventPlace {
    /** Words back from a place to the locative that governs it ("in Chile's northern X region"). */
    private static final int REACH = 8;
    /** Added to an owner's score: worse than any place it holds, still a place where it is the only one. */
    private static final int OWNER = 10;

    private final RuleLexicon lex = RuleLexicon.get();

    /**
     * Sets the place of event {@code e} told in the clause {@code c} of {@code s} whose mentions are
     * {@code in}, and the wider places the clause also gives it ("in X, a town in the Y district": Y).
     * {@code sides}: the ISO codes of the countries that take part in it.
     */
    void place(EventBuilder e, Sentence s, int[] c, List<Mention> in, Set<String> sides) {
        Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        List<Mention> candidates = new ArrayList<>();
        for (Mention m : in) {
            if (m.kind() != Kind.PLACE || PlaceCues.isCountry(m) && sides.contains(m.country())) continue;
            if (reported(s, c[0], m.from(), e.kind)) continue;
            int score = score(m, e.kind);
            if (score == Integer.MAX_VALUE) continue;
            candidates.add(m);
            if (score < bestScore) {
                best = m;
                bestScore = score;
            }
        }
        if (best == null) return;
        String written = best.text();
        e.place = new Extraction.Place(best.key(), best.country(), written.equals(best.key()) ? List.of() : List.of(written));
        // Only a wider place below a country: two towns of one list are not one inside the other.
        for (Mention m : candidates) {
            if (PlaceCues.level(m) > PlaceCues.level(best) && !PlaceCues.isCountry(m)) e.widerPlaces.add(m.key());
        }
    }

    /** Lower is better: 0 a meeting's venue, else the place's level (1 a village ... 5 a country); MAX_VALUE not this event's. */
    private int score(Mention m, EventKind kind) {
        Sentence s = m.sentence();
        boolean venue = kind == EventKind.Meeting;
        // "the X talks"
        if (m.from() > 0 && s.token(m.from() - 1).lowerIs("the", "a", "an") && startsTrigger(s, m.to(), kind)) return 0;
        int at = locativeBefore(m);
        if (at < 0) return Integer.MAX_VALUE;
        // "drones struck the port of X": what an attack hits is where it was.
        if (kind == EventKind.Attack && endsTrigger(s, at + 1, kind)) return PlaceCues.level(m);
        // "close to X": a locative of two words.
        List<String> pair = at > 0 ? lex.eventLocatives.get(s.token(at - 1).lower() + " " + s.token(at).lower()) : null;
        if (pair != null) at--;
        List<String> kinds = pair != null ? pair : lex.eventLocatives.getOrDefault(s.token(at).lower(), List.of());
        if (!kinds.contains(kind.name())) return Integer.MAX_VALUE;
        if (placesAnother(s, at, kind)) return Integer.MAX_VALUE;
        // "talks in X", "met him in X", "talks held in X"
        if (venue && (endsTrigger(s, at, kind) || endsTrigger(s, at - 1, kind) || endsTrigger(s, at - 2, kind))) return 0;
        // "in X's Y district", "on the X Strip's city of Y": the owner gives way to the place it holds.
        return PlaceCues.level(m) + (owner(s, m) ? OWNER : 0);
    }

    /** The place owns what follows: a possessive ends it, or the capitalised words that go on from it. */
    private static boolean owner(Sentence s, Mention m) {
        int i = m.to();
        while (i < s.size() && s.token(i).isWord() && s.token(i).isCapitalised()) i++;
        return i < s.size() && s.token(i).isPossessive();
    }

    /**
     * "Rebels attacked X, saying they acted for the people in Y": a speech participle after a comma
     * (speech-participles.txt) between the event's trigger and the place starts what someone says of
     * it, which does not place it, unless a trigger of the kind follows ("..., saying the raid in Y").
     */
    private boolean reported(Sentence s, int from, int place, EventKind kind) {
        boolean trigger = false;
        boolean reported = false;
        for (int i = from; i < place; i++) {
            if (endsTrigger(s, i + 1, kind)) {
                trigger = true;
                reported = false;
            } else if (trigger && i > 0 && s.token(i - 1).text().equals(",") && lex.speechParticiples.contains(s.token(i).lower())) {
                reported = true;
            }
        }
        return reported;
    }

    /** The word before the locative is a thing the locative places: "the war in X"; "the attack in X" for a meeting. */
    private boolean placesAnother(Sentence s, int at, EventKind kind) {
        if (at == 0) return false;
        if (lex.sceneNouns.getOrDefault(s.token(at - 1).lower(), List.of()).contains(kind.name())) return true;
        EventKind other = kind == EventKind.Meeting ? EventKind.Attack : EventKind.Meeting;
        return endsTrigger(s, at, other) && !endsTrigger(s, at, kind);
    }

    /** A trigger of {@code kind} ends just before token {@code end}. */
    private boolean endsTrigger(Sentence s, int end, EventKind kind) {
        for (int start = Math.max(0, end - 3); start < end; start++) {
            PhraseIndex.Match<String> t = lex.triggers.longestAt(s.tokens(), start);
            if (t != null && start + t.length() == end && t.values().contains(kind.name())) return true;
        }
        return false;
    }

    private boolean startsTrigger(Sentence s, int i, EventKind kind) {
        if (i >= s.size() || !Character.isLowerCase(s.token(i).text().charAt(0))) return false;
        PhraseIndex.Match<String> t = lex.triggers.longestAt(s.tokens(), i);
        return t != null && t.values().contains(kind.name());
    }

    /**
     * Where the locative nearest before a place stands ("in" of "in Chile's northern X region"), or
     * the attack word whose object it is ("struck" of "struck the port of X"); -1 if none.
     */
    private int locativeBefore(Mention m) {
        Sentence s = m.sentence();
        for (int i = m.from() - 1; i >= 0 && i >= m.from() - REACH; i--) {
            Token t = s.token(i);
            if (lex.locatives.contains(t.lower()) || lex.eventLocatives.containsKey(t.lower())) return i;
            if (endsTrigger(s, i + 1, EventKind.Attack)) return i;
            if (!t.isWord() && !t.isPossessive() || lex.clauseBreaks.contains(t.lower())) return -1;
        }
        return -1;
    }
}
