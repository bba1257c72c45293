package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A user's words become a search-index query that requires each of them and is never read as query syntax. */
class SearchWordsTest {
    @Test
    void everyWordIsRequired() {
        assertEquals("drone AND strike AND mosque", SearchWords.allOf("  drone strike\tmosque "));
    }

    @Test
    void prefixesEndEachWordWithAStar() {
        assertEquals("ana* AND ru*", SearchWords.prefixesOf("Ana Ru"));
    }

    @Test
    void querySyntaxInTheWordsIsOnlyText() {
        assertEquals("title AND or AND x", SearchWords.allOf("title:(OR \"x\")"), "operators are words and their characters separate words");
        assertEquals("o'neil AND al AND sharaa", SearchWords.allOf("'O'Neil' al-Sharaa"), "an apostrophe inside a name stays");
        assertEquals("", SearchWords.allOf(" -- ** "), "no word at all");
    }
}
