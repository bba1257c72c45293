package org.newskg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Event;

/** A toll written in words counts what all its words say: "two hundred" is 200, not 2. */
class NumberWordsTollTest {
    private Event attack(String sentence) {
        Extraction x = RuleFixtures.extract(sentence);
        List<Event> attacks = x.events().stream().filter(e -> e.kind() == Extraction.EventKind.Attack).toList();
        assertEquals(1, attacks.size(), attacks.toString());
        return attacks.get(0);
    }

    @Test
    void compoundNumberWordsGiveTheirWholeValue() {
        assertEquals(200, attack("An air strike on the town killed two hundred people on Tuesday.").killed());
        assertEquals(3000, attack("An air strike on the town killed three thousand people on Tuesday.").killed());
        assertEquals(25, attack("An air strike on the town killed twenty-five people on Tuesday.").killed());
        assertEquals(100, attack("An air strike on the town killed a hundred people on Tuesday.").killed());
        assertEquals(250, attack("An air strike on the town killed two hundred and fifty people on Tuesday.").killed());
        assertEquals(1200, attack("An air strike on the town killed one thousand two hundred people on Tuesday.").killed());
        assertEquals(24, attack("An air strike on the town killed two dozen people on Tuesday.").killed());
    }

    @Test
    void singleNumberWordsAndFiguresStillCount() {
        Event a = attack("An air strike on the town killed at least twelve people and wounded 1,200 on Tuesday.");
        assertEquals(12, a.killed());
        assertEquals(1200, a.injured());
        assertEquals(40, attack("An air strike on the town killed forty people on Tuesday.").killed());
    }
}
