package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Folding against public names: real surnames a letter apart stay apart, by whole name and by the
 * surname route; real spellings of one person's name meet.
 */
class NameFoldingPairsTest {
    private static final List<NamePairs> DISTINCT = NamePairs.read("distinct-surnames.tsv");
    private static final List<NamePairs> SAME = NamePairs.read("transliteration-pairs.tsv");

    @Test
    void theListsAreLargeEnoughToMeanSomething() {
        assertTrue(DISTINCT.size() >= 200, "distinct pairs: " + DISTINCT.size());
        assertTrue(SAME.size() >= 50, "transliteration pairs: " + SAME.size());
    }

    @Test
    void noTwoDifferentSurnamesShareAKey() {
        List<NamePairs> merged = new ArrayList<>();
        for (NamePairs p : DISTINCT) {
            if (NameKeys.name("John " + p.first()).equals(NameKeys.name("John " + p.second()))) merged.add(p);
        }
        assertEquals(List.of(), merged);
    }

    @Test
    void aKnownPersonIsNotFoundUnderAnotherSurname() {
        List<String> found = new ArrayList<>();
        for (NamePairs p : DISTINCT) {
            for (String[] known : List.of(new String[] {p.first(), p.second()}, new String[] {p.second(), p.first()})) {
                EntityIndex index = new EntityIndex();
                index.addPerson("urn:x:known", "John " + known[0], List.of("John " + known[0]));
                for (String asked : List.of("John " + known[1], "J. " + known[1], known[1])) {
                    if (index.person(asked) != null) found.add("John " + known[0] + " as " + asked);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void everySpellingOfOnePersonMeets() {
        List<NamePairs> apart = new ArrayList<>();
        for (NamePairs p : SAME) if (!NameKeys.name(p.first()).equals(NameKeys.name(p.second()))) apart.add(p);
        assertEquals(List.of(), apart);
    }

    @Test
    void aKnownPersonIsFoundUnderAnotherSpelling() {
        List<NamePairs> missed = new ArrayList<>();
        for (NamePairs p : SAME) {
            EntityIndex index = new EntityIndex();
            index.addPerson("urn:x:known", p.first(), List.of(p.first()));
            if (!"urn:x:known".equals(index.person(p.second()))) missed.add(p);
        }
        assertEquals(List.of(), missed);
    }
}
