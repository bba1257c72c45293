package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A place of the graph is located only where its name and country can mean one GeoNames place. */
class PlaceLocationsTest {
    private final PlaceLocations locations = PlaceLocations.get();

    private Optional<Long> id(String name, String iso2) {
        return locations.locate(name, iso2).map(PlaceLocations.Location::geonamesId);
    }

    @Test
    void theOnlyCityOfThatNameInTheCountryIsLocatedWithItsCoordinates() {
        PlaceLocations.Location at = locations.locate("Guayaquil", "EC").orElseThrow();
        assertEquals(3657509L, at.geonamesId());
        assertEquals(-2.2, at.latitude(), 0.1);
        assertEquals(-79.9, at.longitude(), 0.1);
    }

    @Test
    void twoPlacesOfOneNameOfSimilarSizeInOneCountryAreNotGuessedBetween() {
        assertEquals(Optional.empty(), id("Mercedes", "AR"), "two Mercedes in Argentina, 63k and 31k people");
    }

    @Test
    void aNameThatIsAlsoADivisionIsNotLocatedUnlessThePlaceIsTheDivisionsSeat() {
        assertEquals(Optional.empty(), id("Jilin", "CN"), "Jilin the province or Jilin the city");
        assertEquals(Optional.of(3441575L), id("Montevideo", "UY"), "the department's seat");
        assertEquals(Optional.of(3911925L), id("La Paz", "BO"), "the seat of government");
    }

    @Test
    void aCapitalTheCountryListNamesOtherwiseIsTheCountrysCapital() {
        assertEquals(Optional.of(3703443L), id("Panama City", "PA"), "GeoNames calls it Panamá");
    }

    @Test
    void aPlaceWithoutCountryOrUnknownIsNotLocated() {
        assertTrue(id("Guayaquil", null).isEmpty());
        assertTrue(id("Nowhere Town", "EC").isEmpty());
        assertTrue(id("Guayaquil", "PE").isEmpty(), "a name is located in its own country only");
    }
}
