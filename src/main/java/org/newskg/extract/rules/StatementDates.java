package org.newskg.extract.rules;

import org.newskg.extract.text.Sentence;

/**
 * Tells the date of a statement from the date of the event it is about. News dates its sources as
 * often as its events ("the army said on Friday", "a report the ministry issued Monday", "on Friday
 * the government blamed the rebels for the bombing"); taking such a date for the event's is a false
 * fact, so the event is left undated unless the text dates it elsewhere.
 */
final class StatementDates {
    /** Words between a date and the verb it goes with, at most: "On Friday, the country's health ministry said". */
    private static final int SUBJECT_SPAN = 7;

    private final RuleLexicon lex = RuleLexicon.get();

    /**
     * True when the date expression that starts at token {@code at} dates a statement: a verb of
     * saying or of statement stands right before it ("said Friday", "issued on Saturday"), or it
     * opens the clause and the first verb that follows within a subject's length is one.
     */
    boolean datesStatement(Sentence s, int at, int clauseStart, int clauseEnd) {
        int before = at - 1;
        if (before >= clauseStart && s.token(before).lowerIs("on", "late", "early", "earlier", "later")) before--;
        if (before >= clauseStart && statementVerb(s, before)) return true;
        // Punctuation opens a clause; a figure does not ("wounded 18 on Wednesday, police said" dates the wounding).
        boolean opens = before < clauseStart || s.token(before).lowerIs("and") || !s.token(before).isWord() && !s.token(before).isNumber();
        if (!opens) return false;
        for (int k = at + 1; k < Math.min(clauseEnd, at + 1 + SUBJECT_SPAN); k++) {
            if (statementVerb(s, k)) return true;
            if (eventWord(s, k)) return false;
        }
        return false;
    }

    private boolean statementVerb(Sentence s, int i) {
        String w = s.token(i).lower();
        return lex.commentaryVerbs.contains(w) || lex.statementVerbs.contains(w);
    }

    /** An attack or meeting word, a weapon or a verb of death: the clause tells the event itself. */
    private boolean eventWord(Sentence s, int i) {
        return lex.triggers.longestAt(s.tokens(), i) != null || lex.weapons.longestAt(s.tokens(), i) != null
                || lex.tollVerbs.longestAt(s.tokens(), i) != null || lex.attackVerbs.contains(s.token(i).lower());
    }
}
