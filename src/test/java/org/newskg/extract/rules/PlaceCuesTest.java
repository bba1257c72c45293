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
 * Small places found by their cue, and the place an event gets. Sentences and most place names are
 * invented for the test ("Kangema" is a Kenyan town of the small-place gazetteer).
 */
class PlaceCuesTest {
    @Test
    void aNameBeforeAKindOfPlaceIsThePlaceEvenWhenNoGazetteerKnowsIt() {
        Event a = only(extract("Gunmen killed four people in the Varnok district on Monday."), EventKind.Attack);
        assertNotNull(a.place(), a.toString());
        assertEquals("Varnok", a.place().name());
        assertEquals(List.of("Varnok district"), a.place().aliases());
    }

    @Test
    void aPlaceFollowedByItsCountryTakesThatCountry() {
        Event a = only(extract("A drone strike killed three fighters in Qarvesh, Somalia, on Tuesday."), EventKind.Attack);
        assertEquals("Qarvesh", a.place().name());
        assertEquals("SO", a.place().country());
    }

    @Test
    void aSmallPlaceOfTheGazetteerNeedsAPlaceCue() {
        Event a = only(extract("A bomb killed two people near Kangema on Tuesday."), EventKind.Attack);
        assertEquals("Kangema", a.place().name());
        assertEquals("KE", a.place().country());
        Event b = only(extract("A bomb killed two people on Tuesday, Kellin said."), EventKind.Attack);
        assertNull(b.place(), "a name with no cue is no place");
    }

    @Test
    void theMostSpecificPlaceOfTheClauseWins() {
        Event a = only(extract("An air strike on Tuesday killed five people in Somalia's Varnok region, near the village of Dostel."),
                EventKind.Attack);
        assertEquals("Dostel", a.place().name());
        assertEquals("SO", a.place().country());
    }

    @Test
    void aMeetingTakesItsVenueNotAPlaceNamedInPassing() {
        Event m = only(extract("Envoy Mara Lind held talks with Omar Haddad in Geneva on Tuesday, as fighting went on in the Varnok district."),
                EventKind.Meeting);
        assertEquals("CH", m.place().country(), m.toString());
    }

    @Test
    void aRunThatStartsWithItsKindAfterALocativeIsAPlace() {
        Event a = only(extract("A bomb killed two soldiers in Sitio Orvan Dale on Monday."), EventKind.Attack);
        assertEquals("Sitio Orvan Dale", a.place().name());
    }

    @Test
    void aCityNameThatAParticleContinuesIsAnotherPlace() {
        Event a = only(extract("Gunmen killed nine people near the town of San Pedro del Orvano on Sunday."), EventKind.Attack);
        assertEquals("San Pedro del Orvano", a.place().name());
    }

    @Test
    void aNameBeforeAKindOfPlaceThatIsOfAnotherPlaceOnlyDescribesIt() {
        Event a = only(extract("Drones struck the Varno Bay port of Dostel on Monday, killing two people."), EventKind.Attack);
        assertNotNull(a.place(), a.toString());
        assertEquals("Dostel", a.place().name());
        Event b = only(extract("Gunmen killed four people in the Varnok district of Somalia on Monday."), EventKind.Attack);
        assertEquals("Varnok", b.place().name());
        assertEquals("SO", b.place().country());
    }

    @Test
    void aCompassWordBeginsTheNameThatAKindOfPlaceFollows() {
        Event a = only(extract("Gunmen killed four people in the North Varnok district on Monday."), EventKind.Attack);
        assertNotNull(a.place(), a.toString());
        assertEquals("North Varnok", a.place().name());
    }

    @Test
    void theAreaOfXMakesXAPlace() {
        Event a = only(extract("Troops killed two gunmen in the wider area of Dostel on Monday."), EventKind.Attack);
        assertNotNull(a.place(), a.toString());
        assertEquals("Dostel", a.place().name());
    }

    @Test
    void theProvinceOfXIsTheDivisionNotACityThatHasXAsAVariant() {
        // "Samangan" is also another name of the province's capital in the city gazetteer.
        Event a = only(extract("A bomb killed six people in the province of Samangan on Monday."), EventKind.Attack);
        assertNotNull(a.place(), a.toString());
        assertEquals("Samangan", a.place().name());
        assertEquals("AF", a.place().country());
    }

    @Test
    void aCapitalBeforeAKindOfPlaceIsThatPlaceNotTheCountry() {
        Event a = only(extract("Drones fell over the Lisbon region overnight, killing two people."), EventKind.Attack);
        assertNotNull(a.place(), a.toString());
        assertEquals("Lisbon", a.place().name());
        assertEquals(List.of("Lisbon region"), a.place().aliases());
    }

    @Test
    void aCityNameInsideALongerNameIsNotThatCity() {
        // "Isa" alone is another name of a town in Bahrain (cities.tsv).
        Event a = only(extract("Jets struck the Varno Isa oil terminal on Friday, killing nine workers."), EventKind.Attack);
        assertNotNull(a.place(), a.toString());
        assertEquals("Varno Isa", a.place().name());
        assertNull(a.place().country(), a.toString());
    }
}
