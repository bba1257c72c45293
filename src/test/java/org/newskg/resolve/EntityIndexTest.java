package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding known people by name (the event lookups are tested through StoreResolver). */
class EntityIndexTest {
    @Test
    void aMixedSpellingMeetsThroughTheSurnameAsWritten() {
        EntityIndex index = new EntityIndex();
        index.addPerson("urn:x:t", "Oleh Tyahnybok", List.of("Oleh Tyahnybok"));
        assertEquals("urn:x:t", index.person("Oleg Tyahnybok"));
        assertEquals("urn:x:t", index.person("Tyahnybok"));
        assertEquals("urn:x:t", index.person("Tyagnybok"));
    }

    @Test
    void anotherSurnameALetterApartIsAnotherPerson() {
        EntityIndex index = new EntityIndex();
        index.addPerson("urn:x:hill", "John Hill", List.of("John Hill"));
        assertNull(index.person("John Gill"));
        assertNull(index.person("J. Gill"));
        assertNull(index.person("Gill"));
        assertEquals("urn:x:hill", index.person("J. Hill"));
    }
}
