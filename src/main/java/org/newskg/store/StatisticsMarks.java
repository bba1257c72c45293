package org.newskg.store;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.newskg.rdf.NKG;

/**
 * What the statistics graph marks on articles, events and attacks for the templates to select and
 * sort by, brought up to date for the nodes a transaction changed: the integer days of articles and
 * events, and the figures of an attack whose sources disagree.
 */
final class StatisticsMarks {
    /** For each class of event, the property by which the statistics graph gives its events' days. */
    private static final Map<Node, Node> DAY_PROPERTIES = Map.of(NKG.Meeting.asNode(), NKG.meetingDay.asNode(),
            NKG.Attack.asNode(), NKG.attackDay.asNode(), NKG.Negotiation.asNode(), NKG.negotiationDay.asNode());
    /** The largest day (yyyymmdd) an article's {@code nkg:newestFirst} counts back from. */
    static final long LAST_DAY = 9999_12_31L;
    /** The start of an {@code xsd:date}'s lexical form that {@link #dayNumber} reads. */
    private static final Pattern DAY = Pattern.compile("[1-9]\\d{3}-\\d{2}-\\d{2}");

    private final StatisticsUpdate data;
    private final StatisticsGraph stats;
    private final EventsFromDay fromDay;

    /**
     * {@code data} reads the article graphs' union; {@code stats} is written; {@code fromDay} hears of
     * each event's day that moved.
     */
    StatisticsMarks(StatisticsUpdate data, StatisticsGraph stats, EventsFromDay fromDay) {
        this.data = data;
        this.stats = stats;
        this.fromDay = fromDay;
    }

    /**
     * The integer days by which templates order articles and events (sorting {@code xsd:date} values,
     * compared as calendars, cost a second at 100k articles). An event's day is its earliest date
     * (yyyymmdd; 0 without one), given by a property of its class, so that a template reads class and
     * day in one scan and needs no grouping. An article's {@code nkg:newestFirst} is {@link #LAST_DAY}
     * minus its day, so that newest first is ascending: TDB2 keeps small integers inside its ids, in
     * order, so a scan meets them ascending, and Jena's top-N sort is cheap for rows that come in its
     * order but about ten times dearer for rows that come in reverse.
     */
    void updateDays(Node n) {
        boolean article = data.has(n, StatisticsChanges.TYPE, StatisticsChanges.ARTICLE);
        long latest = 0;
        if (article) {
            for (Node d : data.objects(n, StatisticsChanges.PUBLISHED)) latest = Math.max(latest, dayNumber(d));
        }
        stats.set(n, NKG.newestFirst.asNode(), article ? StatisticsGraph.integer(LAST_DAY - latest) : null);
        long earliest = Long.MAX_VALUE;
        for (Node d : data.objects(n, StatisticsChanges.DATE)) {
            long day = dayNumber(d);
            if (day > 0) earliest = Math.min(earliest, day);
        }
        long dayNumber = earliest == Long.MAX_VALUE ? 0 : earliest;
        Node day = StatisticsGraph.integer(dayNumber);
        Long[] any = new Long[2];
        DAY_PROPERTIES.forEach((c, p) -> {
            boolean now = !article && data.has(n, StatisticsChanges.TYPE, c);
            Long before = stats.has(n, p) ? stats.stored(n, p) : null;
            Long after = now ? dayNumber : null;
            fromDay.moved(c, before, after);
            if (before != null) any[0] = before;
            if (after != null) any[1] = after;
            stats.set(n, p, now ? day : null);
        });
        fromDay.movedAny(any[0], any[1]);
    }

    /** An {@code xsd:date} as yyyymmdd; 0 for any other value or one outside years 1000-9999. */
    static long dayNumber(Node d) {
        if (!d.isLiteral() || !XSDDatatype.XSDdate.getURI().equals(d.getLiteralDatatypeURI())) return 0;
        String lex = d.getLiteralLexicalForm();
        if (!DAY.matcher(lex).lookingAt()) return 0;
        return Long.parseLong(lex.substring(0, 4) + lex.substring(5, 7) + lex.substring(8, 10));
    }

    /** Which figures of an attack (killed, injured) its sources give differently. */
    void updateDisputes(Node n) {
        boolean attack = data.has(n, StatisticsChanges.TYPE, StatisticsChanges.ATTACK);
        for (Node figure : StatisticsChanges.FIGURES) stats.mirror(n, NKG.disputedFigure.asNode(), figure, attack && data.hasTwoValues(n, figure));
    }
}
