package org.newskg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Event;

/** Attacks across sentences: one per real attack, tolls of that attack only, attackers from attributions. */
class AttackRuleTest {
    private Extraction extract(String text) {
        return RuleFixtures.extract(text);
    }

    private List<Event> attacks(String text) {
        return extract(text).events().stream().filter(e -> e.kind() == Extraction.EventKind.Attack).toList();
    }

    private static String name(Extraction x, String id) {
        return x.actors().stream().filter(a -> a.id().equals(id)).findFirst().map(Extraction.Actor::name).orElse(null);
    }

    @Test
    void laterSentencesAboutTheStrikeJoinIt() {
        List<Event> a = attacks("A drone strike hit a market in Mombasa on Monday, killing 12 people. "
                + "Ten people were killed and eight were hurt, a doctor said. The strike drew wide condemnation.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(12, a.get(0).killed());
        assertEquals(8, a.get(0).injured());
        assertEquals(3, a.get(0).evidence().size());
    }

    @Test
    void theTotalOfAWarIsNoAttack() {
        assertTrue(attacks("The conflict has killed more than 40,000 people.").isEmpty());
        assertTrue(attacks("Since 2017, about 400 civilians have been killed in air strikes.").isEmpty());
        assertTrue(attacks("The cumulative death toll rose to 34,000 people.").isEmpty());
    }

    @Test
    void aTollFarFromTheLastAttackIsNotItsToll() {
        List<Event> a = attacks("A drone strike hit a market in Mombasa on Monday. The market reopened. Traders returned. "
                + "Officials met on Tuesday. The army says it has killed 900 militants.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(null, a.get(0).killed());
    }

    @Test
    void aClaimOrABlameNamesTheAttacker() {
        Extraction x = extract("A car bomb exploded outside a police station in Mombasa on Tuesday, killing five people. "
                + "Kenya blamed Islamic State for the bombing.");
        List<Event> a = x.events().stream().filter(e -> e.kind() == Extraction.EventKind.Attack).toList();
        assertEquals(1, a.size(), a.toString());
        assertEquals("car bomb", a.get(0).weapon());
        assertTrue(name(x, a.get(0).attacker()).toLowerCase().contains("islamic state"), a.get(0).toString());
    }

    @Test
    void aShortMonthIsADateNotAToll() {
        List<Event> a = attacks("A Kenyan air strike on Aug. 22 had killed three people in Mombasa.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(3, a.get(0).killed());
    }

    @Test
    void weaponsGoByTheirNameAndMoreCountsTheWounded() {
        List<Event> a = attacks("An airstrike on Mombasa on Monday killed one soldier and nine more were injured.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("air strike", a.get(0).weapon());
        assertEquals(9, a.get(0).injured());
    }

    @Test
    void subsetsAreNotTolls() {
        List<Event> a = attacks("An air strike on Mombasa on Monday killed at least five people. "
                + "Hospital records name two children among the dead.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(5, a.get(0).killed());
    }

    @Test
    void aFigureFollowedByIncludingIsTheWholeToll() {
        List<Event> a = attacks("Late on Monday, a drone attack on the city of Mombasa killed three people, including a young boy, officials said.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(3, a.get(0).killed());
    }

    @Test
    void endingTheFightingIsNoAttack() {
        assertEquals(List.of(), attacks("The envoy was in Nairobi on Monday to discuss a truce, as both sides seek common ground on ending the fighting."));
    }

    @Test
    void theDateOfAStatementIsNotTheDateOfTheAttack() {
        List<Event> blamed = attacks("On Wednesday the interior ministry blamed separatists for the car bomb that killed nine people in Kandy.");
        assertEquals(1, blamed.size(), blamed.toString());
        assertEquals(null, blamed.get(0).date(), "Wednesday dates the blame, not the bombing");
        List<Event> issued = attacks("Nine people died when a car bomb went off in Kandy, according to figures the police issued Wednesday.");
        assertEquals(1, issued.size(), issued.toString());
        assertEquals(null, issued.get(0).date(), "Wednesday dates the figures, not the bombing");
    }

    @Test
    void anAttackDatedLaterInTheArticleTakesThatDate() {
        List<Event> a = attacks("On Wednesday the interior ministry blamed separatists for the car bomb that killed nine people in Kandy. "
                + "Officials said the Tuesday bombing had been planned for weeks.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(LocalDate.of(2024, 6, 11), a.get(0).date().value());
    }

    @Test
    void aDateAfterTheFiguresDatesTheAttack() {
        List<Event> a = attacks("A car bomb in Kandy killed at least nine people and wounded 18 on Wednesday, police said.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(LocalDate.of(2024, 6, 12), a.get(0).date() == null ? null : a.get(0).date().value(),
                "a figure before the date goes on telling the attack; it does not open a statement");
    }

    @Test
    void aDateThatOpensTheTellingOfTheAttackDatesIt() {
        List<Event> a = attacks("On Wednesday gunmen attacked a bus near Kandy, killing nine people.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(LocalDate.of(2024, 6, 12), a.get(0).date().value());
    }

    @Test
    void theAgesOfTheDeadAreNoToll() {
        List<Event> a = attacks("Gunmen attacked a patrol near Kandy on Monday. Corporals Ana Ruiz, 41, and Tomas Berg, 33, were killed.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(null, a.get(0).killed(), "33 is Tomas Berg's age");
    }

    @Test
    void aFeatureNamedAfterACountryIsNotTheCountry() {
        Extraction x = extract("Pirates attacked a ship in the Mozambique Channel on Monday, killing two crew.");
        assertTrue(x.actors().isEmpty(), x.actors().toString());
        assertEquals(null, attacks("Pirates attacked a ship in the Mozambique Channel on Monday, killing two crew.").get(0).place());
    }

    @Test
    void theWholeTollBeforeAPartAfterACommaIsKept() {
        List<Event> a = attacks("Gunmen attacked a market in Kandy on Monday, killing at least 19 civilians, among them four children.");
        assertEquals(19, a.get(0).killed());
    }

    @Test
    void whereAnAttackHappenedOrWhatCameUnderAttackIsNoAttacker() {
        List<Event> north = attacks("Two soldiers were killed on Monday when a military post in northern Chile came under attack, the army said.");
        assertEquals(null, north.get(0).attacker(), north.toString());
        List<Event> in = attacks("A military post in Chile came under attack on Monday, killing two soldiers.");
        assertEquals(null, in.get(0).attacker(), in.toString());
    }
}
