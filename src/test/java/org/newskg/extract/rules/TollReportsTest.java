package org.newskg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Event;
import org.newskg.extract.Extraction.Toll;

/** Every toll an article gives, each with its bounds and who gives it; figures are kept apart, never summed. */
class TollReportsTest {
    private Extraction extract(String text) {
        return RuleFixtures.extract(text);
    }

    private static Event attack(Extraction x) {
        List<Event> a = x.events().stream().filter(e -> e.kind() == Extraction.EventKind.Attack).toList();
        assertEquals(1, a.size(), a.toString());
        return a.get(0);
    }

    private static String source(Extraction x, Toll t) {
        return x.actors().stream().filter(a -> a.id().equals(t.source())).findFirst().map(Extraction.Actor::name).orElse(null);
    }

    @Test
    void twoAuthoritiesWithTwoFiguresAreTwoTollsWithTheirSources() {
        Extraction x = extract("A car bomb went off at a bus depot in Cochabamba on Monday. "
                + "Bolivia's health ministry said 12 people were killed; the Bolivian army put the toll at 9.");
        Event e = attack(x);
        assertEquals(12, e.killed(), "the first figure is the headline");
        assertEquals(2, e.tolls().size(), e.tolls().toString());
        assertEquals(12, e.tolls().get(0).killed());
        assertTrue(source(x, e.tolls().get(0)).contains("health ministry"), e.tolls().toString());
        assertEquals(9, e.tolls().get(1).killed());
        assertEquals("Bolivian army", source(x, e.tolls().get(1)));
    }

    @Test
    void aSourceInAnotherClauseOfTheSentenceGivesItsFigure() {
        Extraction x = extract("A mortar round hit a school in Ndola on Sunday. "
                + "According to the Red Cross, the round, which landed before noon, killed 6 people.");
        Toll t = attack(x).tolls().get(0);
        assertEquals(6, t.killed());
        assertEquals("Red Cross", source(x, t));
    }

    @Test
    void atLeastAndMoreThanAreKeptAsQualifiers() {
        Extraction x = extract("An air strike hit a village near Lilongwe on Friday, killing at least 35 people, according to the Red Cross.");
        Toll t = attack(x).tolls().get(0);
        assertEquals(35, t.killed());
        assertEquals("at least", t.qualifier());
        assertEquals("Red Cross", source(x, t));

        Extraction y = extract("More than 20 people were wounded in the shelling of Ndola on Sunday, Zambian police spokesman Moses Banda said.");
        Toll u = attack(y).tolls().get(0);
        assertEquals(20, u.injured());
        assertNull(u.killed());
        assertEquals("more than", u.qualifier());
        assertEquals("Moses Banda", source(y, u));
    }

    @Test
    void aRangeKeepsItsUpperEnd() {
        Toll between = attack(extract("Between 10 and 15 people were killed when a bomb went off in a market in Asuncion on Tuesday.")).tolls().get(0);
        assertEquals(10, between.killed());
        assertEquals(15, between.upTo());
        assertNull(between.qualifier());
        Toll to = attack(extract("A drone strike killed 4 to 6 fighters near Cochabamba on Monday.")).tolls().get(0);
        assertEquals(4, to.killed());
        assertEquals(6, to.upTo());
        Toll upTo = attack(extract("A drone strike killed up to 30 fighters near Cochabamba on Monday.")).tolls().get(0);
        assertEquals(30, upTo.killed());
        assertEquals("up to", upTo.qualifier());
        assertNull(upTo.upTo());
    }

    @Test
    void theSameFigureFromTheSameSourceTwiceIsOneToll() {
        Extraction x = extract("A bomb killed seven people in Asuncion on Tuesday. The Red Cross said seven people were killed in the blast. "
                + "Seven people died, the Red Cross said later.");
        Event e = attack(x);
        assertEquals(2, e.tolls().size(), "one on the article's own account, one from the Red Cross: " + e.tolls());
        assertNull(e.tolls().get(0).source());
        assertEquals("Red Cross", source(x, e.tolls().get(1)));
        assertTrue(e.tolls().stream().allMatch(t -> t.killed() == 7), "never summed: " + e.tolls());
    }

    @Test
    void agesAndSubsetsAreNoTolls() {
        Event ages = attack(extract("A car bomb exploded in Asuncion on Tuesday. Lena Ortiz, 41, and Pablo Rios, 38, were killed."));
        assertTrue(ages.tolls().stream().noneMatch(t -> t.killed() != null && (t.killed() == 41 || t.killed() == 38)), ages.tolls().toString());
        Event subset = attack(extract("A rocket attack on Asuncion on Tuesday killed 19 people, including four children."));
        assertEquals(1, subset.tolls().size(), subset.tolls().toString());
        assertEquals(19, subset.tolls().get(0).killed());
    }
}
