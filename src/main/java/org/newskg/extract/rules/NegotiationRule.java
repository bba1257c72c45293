package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.Extraction.EventKind;
import org.newskg.extract.Extraction.Span;
import org.newskg.extract.text.PhraseIndex;
import org.newskg.extract.text.Sentence;

/**
 * Negotiations: a sentence that names a topic ("ceasefire", "minerals deal") reports on the
 * negotiation of that topic, one per topic in an article. Stance words give who proposed ("a US
 * proposal"), accepted ("signed", "gave its backing") or rejected it ("rejected", "Zegarra's refusal"),
 * unless negated or only wished for ("urged Russia to agree", "left without signing"). The status is
 * the last stance or status word read.
 */
final class NegotiationRule {
    private static final Set<String> BLOCKERS = Set.of("to", "not", "never", "without", "would", "could", "should",
            "must", "may", "might", "will", "urged", "refused", "no");
    private static final Map<String, String> STATUS = Map.of("accept", "accepted", "reject", "rejected", "propose", "proposed");
    /** Within a sentence the strongest stance sets the status; the lead sentence comes first (newest news). */
    private static final List<String> STRENGTH = List.of("propose", "status", "accept", "reject");

    private final RuleLexicon lex = RuleLexicon.get();
    private final ActorTable actors;
    private final DateResolver dates;
    private final Map<String, EventBuilder> byTopic = new LinkedHashMap<>();
    /** The topic of a bare "deal" or "agreement" when no specific topic came before it. */
    private static final String GENERIC = "agreement";
    private String lastSpecific;

    NegotiationRule(ActorTable actors, DateResolver dates) {
        this.actors = actors;
        this.dates = dates;
    }

    void read(Sentence s, List<Mention> mentions, int[][] clauses, Span evidence) {
        String topic = null;
        int topicAt = -1;
        for (int i = 0; i < s.size() && topic == null; i++) {
            PhraseIndex.Match<String> m = lex.topics.longestAt(s.tokens(), i);
            // A topic in quotation marks ("lasting peace") is someone's words, not a report of a negotiation.
            if (m != null && !ClauseFrames.quoted(s, i)) {
                topic = m.values().get(0);
                topicAt = i;
            }
        }
        if (topic == null) return;
        if (topic.equals(GENERIC) && lastSpecific != null) topic = lastSpecific;
        if (!topic.equals(GENERIC)) lastSpecific = topic;
        EventBuilder n = byTopic.computeIfAbsent(topic, t -> new EventBuilder(EventKind.Negotiation));
        n.topic = topic;
        n.evidence.add(evidence);
        String sentenceStatus = null;
        int strength = -1;
        for (int[] c : clauses) {
            List<Mention> in = EventRules.within(mentions, c[0], c[1]);
            if (topicAt >= c[0] && topicAt < c[1]) {
                for (Mention m : in) {
                    if (party(m) && m.use() == Mention.Use.PLAIN) n.participants.add(actors.idOf(m));
                }
            }
            for (String[] st : stances(s, c, in, n)) {
                int k = STRENGTH.indexOf(st[0]);
                if (k > strength) {
                    strength = k;
                    sentenceStatus = st[1];
                }
            }
        }
        if (n.status == null) n.status = sentenceStatus;
    }

    /** Records who took which stance; returns each stance read, as {kind, status}. */
    private List<String[]> stances(Sentence s, int[] c, List<Mention> in, EventBuilder n) {
        List<String[]> read = new ArrayList<>();
        for (int i = c[0]; i < c[1]; ) {
            PhraseIndex.Match<String> m = lex.stances.longestAt(s.tokens(), i);
            if (m == null) {
                i++;
                continue;
            }
            String stance = m.values().get(0);
            if (!blocked(s, i, c[0])) {
                if (stance.startsWith("status:")) {
                    read.add(new String[] {"status", stance.substring("status:".length())});
                } else {
                    String who = party(s, i, i + m.length(), c, in);
                    if (who != null) {
                        (stance.equals("accept") ? n.acceptedBy : stance.equals("reject") ? n.rejectedBy : n.proposedBy).add(who);
                        n.participants.add(who);
                    }
                    read.add(new String[] {stance, STATUS.get(stance)});
                    if (n.date == null) n.date = dates.find(s, c[0], c[1], false);
                }
            }
            i += m.length();
        }
        return read;
    }

    /** "urged Russia to agree", "had not rejected", "left without signing": no stance taken. */
    private static boolean blocked(Sentence s, int i, int clauseStart) {
        for (int k = Math.max(clauseStart, i - 2); k < i; k++) {
            if (BLOCKERS.contains(s.token(k).lower())) return true;
        }
        return false;
    }

    /**
     * Who takes the stance: the actor after "by"/"from" ("a truce proposed by Egypt": the agent named
     * outright), the owner right before a noun ("a US proposal", "Zegarra's refusal"), or the nearest
     * actor before the verb in the clause.
     */
    private String party(Sentence s, int from, int to, int[] c, List<Mention> in) {
        if (to + 1 < c[1] && s.token(to).lowerIs("by", "from")) {
            for (Mention m : in) if (party(m) && m.from() > to && m.from() <= to + 3 && m.use() != Mention.Use.SPEAKER) return actors.idOf(m);
        }
        Mention best = null;
        for (Mention m : in) {
            if (!party(m) || m.use() == Mention.Use.SPEAKER) continue;
            if (m.to() <= from && (best == null || m.to() > best.to())) best = m;
        }
        return best == null ? null : actors.idOf(best);
    }

    /** An actor that can negotiate: outlets and agencies only report. */
    private boolean party(Mention m) {
        return m.isActor() && actors.idOf(m) != null && !ClauseFrames.isOutlet(m);
    }

    List<EventBuilder> builders() {
        return new ArrayList<>(byTopic.values());
    }

}
