package org.newskg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newskg.extract.rules.RuleFixtures.extract;
import static org.newskg.extract.rules.RuleFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Event;
import org.newskg.extract.Extraction.EventKind;

/**
 * The place an event gets: only one that a locative of the event governs, or a meeting's venue
 * before its trigger. Sentences, people and small places are invented for the test.
 */
class EventPlaceTest {
    @Test
    void aPlaceAfterFromIsWhereTheOthersComeFromNotWhereTheyMeet() {
        Event m = only(extract("Mara Lind was in Lisbon on Tuesday to meet officials from Norway and Kenya."), EventKind.Meeting);
        assertNotNull(m.place(), m.toString());
        assertEquals("Lisbon", m.place().name());
    }

    @Test
    void countriesThatDelegationsComeFromAreNotThePlace() {
        Event m = only(extract("A delegation from Chile met a delegation from Peru on Monday."), EventKind.Meeting);
        assertNull(m.place(), m.toString());
    }

    @Test
    void aPlaceAfterToIsNoVenue() {
        Event m = only(extract("According to Kenya, Mara Lind met Omar Haddad on Tuesday."), EventKind.Meeting);
        assertNull(m.place(), m.toString());
    }

    @Test
    void aLocativeAfterAWarPlacesTheWarNotTheMeeting() {
        Event m = only(extract("Mara Lind met Omar Haddad on Tuesday to discuss the war in Ghana."), EventKind.Meeting);
        assertNull(m.place(), m.toString());
    }

    @Test
    void aLocativeAfterAnAttackPlacesTheAttackNotTheMeeting() {
        Event m = only(extract("Mara Lind met Omar Haddad on Friday to discuss the attack in Ghana."), EventKind.Meeting);
        assertNull(m.place(), m.toString());
    }

    @Test
    void aLocativeAfterTalksPlacesTheTalksNotTheAttack() {
        Event a = only(extract("Gunmen killed four soldiers on Monday as talks in Lisbon went on."), EventKind.Attack);
        assertNull(a.place(), a.toString());
    }

    @Test
    void aVenueBeforeTheTriggerBeatsAPlaceNamedLaterInTheClause() {
        Event m = only(extract("Mara Lind and Omar Haddad said the Lisbon talks went well, in a statement issued in Ghana."),
                EventKind.Meeting);
        assertNotNull(m.place(), m.toString());
        assertEquals("Lisbon", m.place().name());
    }

    @Test
    void closeToIsALocative() {
        Event a = only(extract("A drone strike killed two fighters close to the town of Dostel on Monday."), EventKind.Attack);
        assertNotNull(a.place(), a.toString());
        assertEquals("Dostel", a.place().name());
    }

    @Test
    void whatAnAttackHitsIsWhereItWas() {
        Event a = only(extract("Rockets struck the border town of Dostel on Monday, killing three people."), EventKind.Attack);
        assertNotNull(a.place(), a.toString());
        assertEquals("Dostel", a.place().name());
    }

    @Test
    void anOwnerGivesWayToThePlaceItHolds() {
        Event a = only(extract("Gunmen killed four people in Mombasa's Varnok district on Monday."), EventKind.Attack);
        assertNotNull(a.place(), a.toString());
        assertEquals("Varnok", a.place().name());
    }

    @Test
    void aPlaceInWhatSomeoneSaysOfAnAttackIsNotItsPlace() {
        Event a = only(extract("Rebels attacked a convoy on Monday, killing two guards, saying they acted for the people in Ghana."),
                EventKind.Attack);
        assertNull(a.place(), a.toString());
        Event b = only(extract("The group fired on a bus, saying the raid in the village of Dostel killed three people."),
                EventKind.Attack);
        assertNotNull(b.place(), b.toString());
        assertEquals("Dostel", b.place().name());
    }

    @Test
    void aReportThatPutsItsPlaceInsideAnotherReportsPlaceIsTheSameAttack() {
        Extraction x = extract("Troops shot dead two gunmen in the Varnok district on Friday, the army said.\n\n"
                + "The army said the two gunmen were shot dead in the village of Dostel, in the Varnok district.");
        Event a = only(x, EventKind.Attack);
        assertEquals("Dostel", a.place().name(), a.toString());
        assertNotNull(a.date(), a.toString());
    }
}
