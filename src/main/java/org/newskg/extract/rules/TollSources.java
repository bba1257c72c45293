package org.newskg.extract.rules;

import java.util.List;
import org.newskg.extract.rules.Mention.Use;
import org.newskg.extract.text.PhraseIndex;
import org.newskg.extract.text.Sentence;

/**
 * Who gives a toll: the actor a clause attributes its figure to, by the cue words of
 * {@code toll-sources.tsv} ("according to X", "X put the toll at", "X said"). The clause's own cue
 * comes first; failing one, a cue in a clause of the same sentence that gives no figure of its own
 * ("According to X, the strike, which hit ... before dawn, killed 12").
 */
final class TollSources {
    /** Tokens between an actor and the cue it goes with, at most ("Peru's health ministry said"). */
    private static final int NEAR = 4;
    private final RuleLexicon lex = RuleLexicon.get();
    private final ActorTable actors;

    TollSources(ActorTable actors) {
        this.actors = actors;
    }

    /**
     * The local id of the actor clause {@code c} attributes its toll to, or null.
     *
     * @param clauses the sentence's clauses; {@code giving[k]} says whether clause k gives a figure
     */
    String find(Sentence s, int[] c, List<Mention> all, int[][] clauses, boolean[] giving) {
        String own = inRange(s, c[0], c[1], all);
        if (own != null) return own;
        for (int k = 0; k < clauses.length; k++) {
            if (giving[k] || clauses[k][0] == c[0]) continue;
            String other = inRange(s, clauses[k][0], clauses[k][1], all);
            if (other != null) return other;
        }
        return null;
    }

    private String inRange(Sentence s, int from, int to, List<Mention> all) {
        for (int i = from; i < to; i++) {
            PhraseIndex.Match<String> m = lex.tollSources.longestAt(s.tokens(), i);
            if (m == null || ClauseFrames.quoted(s, i)) continue;
            String side = m.values().get(0);
            int end = i + m.length();
            String id = switch (side) {
                case "after" -> after(s, end, to, all);
                case "before" -> before(s, i, from, all);
                default -> {
                    String subject = before(s, i, from, all);
                    yield subject != null ? subject : inverted(end, to, all);
                }
            };
            if (id != null) return id;
        }
        return null;
    }

    /** "according to Bolivian army spokesman X": the first actor after the cue, before a comma; a title's affiliation only when no one else is named. */
    private String after(Sentence s, int end, int to, List<Mention> all) {
        int stop = end;
        while (stop < to && stop < end + 2 * NEAR && !s.token(stop).isOneOf(",;")) stop++;
        Mention affiliation = null;
        for (Mention m : all) {
            if (!source(m) || m.from() < end || m.to() > stop) continue;
            if (m.use() != Use.TITLE_AFFILIATION) return actors.idOf(m);
            if (affiliation == null) affiliation = m;
        }
        return affiliation == null ? null : actors.idOf(affiliation);
    }

    /** The actor that ends nearest before the cue, with no comma between ("Peru's health ministry said"). */
    private String before(Sentence s, int cue, int from, List<Mention> all) {
        Mention best = null;
        for (Mention m : all) {
            if (!source(m) || m.to() > cue || m.from() < from || cue - m.to() > NEAR) continue;
            if (best == null || m.to() > best.to() || m.to() == best.to() && m.use() != Use.TITLE_AFFILIATION) best = m;
        }
        if (best == null) return null;
        for (int k = best.to(); k < cue; k++) if (s.token(k).isOneOf(",;")) return null;
        return actors.idOf(best);
    }

    /** "..., said X": the actor right after a verb of saying. */
    private String inverted(int end, int to, List<Mention> all) {
        for (Mention m : all) {
            if (source(m) && m.from() >= end && m.from() <= end + 1 && m.to() <= to) return actors.idOf(m);
        }
        return null;
    }

    private boolean source(Mention m) {
        return m.isActor() && actors.idOf(m) != null && m.use() != Use.LOCATION;
    }
}
