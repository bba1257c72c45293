package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.EventKind;
import org.newskg.extract.Extraction.Span;
import org.newskg.extract.rules.Mention.Kind;
import org.newskg.extract.rules.Mention.Use;
import org.newskg.extract.text.PhraseIndex;
import org.newskg.extract.text.Sentence;

/**
 * Meetings, attacks and negotiations, read clause by clause: a trigger word of the kind, then its
 * arguments from the clause's mentions, dates and figures. Reports of the same event within an
 * article merge: meetings by place and date (a clause that names neither continues the last
 * meeting), attacks as AttackRule says, negotiations by topic.
 */
final class EventRules {
    private final RuleLexicon lex = RuleLexicon.get();
    private final ActorTable actors;
    private final DateResolver dates;
    private final ClauseFrames frames = new ClauseFrames();
    private final EventPlace places = new EventPlace();
    private final NegotiationRule negotiations;
    private final AttackRule attacks;
    private final List<EventBuilder> meetings = new ArrayList<>();

    EventRules(ActorTable actors, DateResolver dates) {
        this.actors = actors;
        this.dates = dates;
        this.negotiations = new NegotiationRule(actors, dates);
        this.attacks = new AttackRule(actors, dates);
    }

    void read(Sentence s, List<Mention> mentions) {
        Span evidence = new Span(s.start(), s.end());
        int[][] clauses = clauses(s);
        for (int[] c : clauses) {
            List<Mention> in = within(mentions, c[0], c[1]);
            if (has(s, c, "Meeting")) meeting(s, c, in, evidence);
            if (has(s, c, "Attack") || attacks.weapon(s, c[0], c[1], new int[1]) != null) attacks.read(s, c, in, mentions, clauses, evidence);
        }
        negotiations.read(s, mentions, clauses, evidence);
    }

    List<Extraction.Event> events() {
        List<Extraction.Event> out = new ArrayList<>();
        List<EventBuilder> all = new ArrayList<>();
        for (EventBuilder m : meetings) {
            if (m.participants.stream().anyMatch(actors::isPerson)) m.participants.removeAll(m.weak);
            // A meeting of nobody known is no fact.
            if (!m.participants.isEmpty()) all.add(m);
        }
        all.addAll(attacks.builders());
        all.addAll(negotiations.builders());
        for (EventBuilder b : all) out.add(b.build("e" + (out.size() + 1)));
        return out;
    }

    private void meeting(Sentence s, int[] c, List<Mention> in, Span evidence) {
        EventBuilder m = new EventBuilder(EventKind.Meeting);
        boolean planned = planned(s, c);
        Set<String> sides = participants(s, frames.parties(s, c, in, firstTrigger(s, c, "Meeting")), m);
        places.place(m, s, c, in, sides);
        m.date = dates.find(s, c[0], c[1], planned);
        m.status = planned ? "planned" : "held";
        m.evidence.add(evidence);
        m.lastSentence = s.index();
        if (m.participants.size() < 2 && m.place == null) return;
        if (roundOfSeries(s, c) && m.participants.isEmpty() && !meetings.isEmpty()) {
            EventBuilder last = meetings.get(meetings.size() - 1);
            m.participants.addAll(last.participants);
            m.weak.addAll(last.weak);
        }
        m.background = lex.otherTimeMarkers.contains(s.token(c[0]).lower());
        if (m.participants.isEmpty() && !meetings.isEmpty() && !m.background) {
            // "The summit took place in X": the meeting just told, where it lacks a place or a day, gets them.
            EventBuilder last = meetings.get(meetings.size() - 1);
            if (!last.background && last.lastSentence >= s.index() - 1 && last.compatible(m) && anaphor(s, c)) {
                last.absorb(m);
                return;
            }
        }
        if (m.place == null && m.date == null) {
            // No place, no date: a further report of the last meeting told in the foreground, only if the text ties it to it.
            EventBuilder last = null;
            for (int i = meetings.size() - 1; i >= 0 && last == null; i--) if (!meetings.get(i).background) last = meetings.get(i);
            if (last != null && !m.background && linked(s, c, m, last)) last.absorb(m);
            else if (m.participants.size() >= 2) meetings.add(m);
            return;
        }
        merge(m);
    }

    /**
     * "the talks" with one of the same people or in the next sentence; "were later to meet" with one
     * of the same people (meeting-links.tsv).
     */
    private boolean linked(Sentence s, int[] c, EventBuilder m, EventBuilder last) {
        boolean shared = m.participants.stream().anyMatch(last.participants::contains);
        boolean adjacent = last.lastSentence >= s.index() - 1;
        for (int i = c[0]; i < c[1]; i++) {
            PhraseIndex.Match<String> link = lex.meetingLinks.longestAt(s.tokens(), i);
            if (link == null) continue;
            if (shared || adjacent && link.values().contains("anaphor")) return true;
        }
        return false;
    }

    /** "the summit", "the talks", "that meeting" (meeting-links.tsv): a clause that speaks of a meeting already told. */
    private boolean anaphor(Sentence s, int[] c) {
        for (int i = c[0]; i < c[1]; i++) {
            PhraseIndex.Match<String> link = lex.meetingLinks.longestAt(s.tokens(), i);
            if (link != null && link.values().contains("anaphor")) return true;
        }
        return false;
    }

    /** Merges a meeting into an earlier report of it (same place or date), or adds it. */
    private void merge(EventBuilder e) {
        for (int i = meetings.size() - 1; i >= 0; i--) {
            EventBuilder b = meetings.get(i);
            boolean latest = i == meetings.size() - 1;
            // One report names the place, the next the day ("talks in Geneva" ... "Tuesday's talks").
            boolean complementary = latest && b.compatible(e) && (b.place == null) != (e.place == null) && (b.date == null) != (e.date == null);
            boolean same = complementary || b.compatible(e) && (b.samePlace(e) || b.sameDate(e));
            if (same) {
                b.absorb(e);
                return;
            }
        }
        meetings.add(e);
    }

    /**
     * The people and organisations acting in a clause, and countries the clause says took part
     * ("delegations from X and Y"). Where no person is named, its countries and organisations are
     * weak: they stand in for people, and give way once the meeting has a named person. Returns the
     * ISO codes of the countries taken as participants.
     */
    private Set<String> participants(Sentence s, List<Mention> in, EventBuilder e) {
        Set<String> countries = new HashSet<>();
        boolean people = in.stream().anyMatch(m -> m.kind() == Kind.PERSON && m.use() == Use.PLAIN && actors.idOf(m) != null);
        for (Mention m : in) {
            String id = actors.idOf(m);
            // "delegations from X": a side, though "from" reads like a place.
            boolean side = m.kind() == Kind.COUNTRY && m.use() != Use.TITLE_AFFILIATION && m.use() != Use.SPEAKER && frames.represented(s, m);
            if (!m.isActor() || (m.use() != Use.PLAIN && !side) || id == null) continue;
            if (m.kind() == Kind.COUNTRY && people && !side) continue;
            e.participants.add(id);
            if (m.kind() == Kind.COUNTRY) countries.add(m.country());
            if (!people && !side) e.weak.add(id);
        }
        return countries;
    }


    private boolean planned(Sentence s, int[] c) {
        for (int i = c[0]; i < c[1]; i++) if (lex.plannedMarkers.longestAt(s.tokens(), i) != null) return true;
        return false;
    }

    private int firstTrigger(Sentence s, int[] c, String kind) {
        for (int i = c[0]; i < c[1]; i++) if (isTrigger(s, i, kind)) return i;
        return -1;
    }

    private boolean has(Sentence s, int[] c, String kind) {
        for (int i = c[0]; i < c[1]; i++) if (isTrigger(s, i, kind)) return true;
        return false;
    }

    private boolean isTrigger(Sentence s, int i, String kind) {
        PhraseIndex.Match<String> m = lex.triggers.longestAt(s.tokens(), i);
        if (m == null || !m.values().contains(kind)) return false;
        return !lex.objectTriggers.contains(s.token(i).lower()) || visitorAfter(s, i + m.length());
    }

    /** A name or a title after "received", "hosted" (past an article or a possessive owner's name). */
    private boolean visitorAfter(Sentence s, int k) {
        if (k < s.size() && s.token(k).lowerIs("the", "a", "an")) k++;
        if (k >= s.size()) return false;
        return s.token(k).isCapitalised() && s.token(k).isWord() || lex.titles.longestAt(s.tokens(), k) != null;
    }

    /** "another round", "the first round": one of a series of talks between the same sides. */
    private boolean roundOfSeries(Sentence s, int[] c) {
        for (int i = c[0] + 1; i < c[1]; i++) {
            if (s.token(i).lower().equals("round") && lex.roundMarkers.contains(s.token(i - 1).lower())) return true;
        }
        return false;
    }

    /** Token ranges of the clauses of a sentence. */
    int[][] clauses(Sentence s) {
        List<int[]> out = new ArrayList<>();
        // The dateline ("LIMA, June 13 (Reuters) -") says where and when the story was filed: no clause material.
        int start = ClauseFrames.datelineEnd(s);
        for (int i = start + 1; i < s.size(); i++) {
            boolean coordination = s.token(i - 1).text().equals(",") && s.token(i).lowerIs("and", "but");
            if (lex.clauseBreaks.contains(s.token(i).lower()) || coordination) {
                out.add(new int[] {start, i});
                start = i;
            }
        }
        out.add(new int[] {start, s.size()});
        return out.toArray(new int[0][]);
    }

    static List<Mention> within(List<Mention> mentions, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) if (m.from() >= from && m.to() <= to) out.add(m);
        return out;
    }
}
