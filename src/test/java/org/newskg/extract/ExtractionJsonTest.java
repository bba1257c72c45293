package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestExtractions;

class ExtractionJsonTest {
    private static final String ARTICLE = "\"article\":{\"id\":\"x\",\"title\":\"T\",\"text\":\"Ruiz met Berg.\","
            + "\"extractor\":{\"name\":\"n\",\"version\":\"1\"}}";

    @Test
    void writesAndReadsBackTheSameExtraction() {
        Extraction x = TestExtractions.meeting("https://example.org/a", "Talks");
        assertEquals(x, ExtractionJson.read(ExtractionJson.toLine(x), "mem:1"));
        assertEquals(x, ExtractionJson.read(ExtractionJson.toPrettyString(x), "mem:1"));
    }

    @Test
    void writesAndReadsBackEveryTollWithItsSource() {
        Extraction x = TestExtractions.attackWithTolls("https://example.org/t");
        String json = ExtractionJson.toLine(x);
        assertTrue(json.contains("\"tolls\":[{\"killed\":8,\"qualifier\":\"at least\",\"source\":\"a1\""), json);
        assertTrue(json.contains("{\"killed\":5,\"upTo\":7,\"source\":\"a2\""), json);
        List<String> unknown = new ArrayList<>();
        assertEquals(x, ExtractionJson.read(json, "mem:1", unknown));
        assertEquals(List.of(), unknown, "the toll's evidence sentence is known too");
        assertEquals(x, ExtractionJson.read(ExtractionJson.toPrettyString(x), "mem:1"));
    }

    @Test
    void anEventWithoutTollsWritesNoneAndOldJsonStillReads() {
        String json = ExtractionJson.toLine(TestExtractions.meeting(null, "Talks"));
        assertFalse(json.contains("tolls"), json);
        Extraction x = ExtractionJson.read("{" + ARTICLE + ",\"events\":[{\"id\":\"e\",\"kind\":\"Attack\",\"killed\":3,"
                + "\"evidence\":[{\"start\":0,\"end\":4}]}]}", "f:1");
        assertEquals(List.of(), x.events().get(0).tolls());
        assertEquals(3, x.events().get(0).killed());
    }

    @Test
    void aTollNamesAKnownSourceAndASpanOfTheText() {
        String event = "{" + ARTICLE + ",\"events\":[{\"id\":\"e\",\"kind\":\"Attack\",\"evidence\":[{\"start\":0,\"end\":4}],\"tolls\":[";
        assertError(event + "{\"killed\":3,\"source\":\"a9\",\"evidence\":{\"start\":0,\"end\":4}}]}]}",
                "f.jsonl:3: field \"events[0].tolls[0].source\": no actor with id \"a9\"");
        assertError(event + "{\"killed\":3}]}]}", "f.jsonl:3: field \"events[0].tolls[0].evidence\": missing");
        assertError(event + "{\"killed\":-3,\"evidence\":{\"start\":0,\"end\":4}}]}]}",
                "f.jsonl:3: field \"events[0].tolls[0].killed\": must not be negative");
    }

    @Test
    void aKnownDateSourceIsTypedAndAnUnknownOneIsKeptAsWritten() {
        String dated = "\"date\":\"2025-03-10\",\"dateSource\":";
        Extraction known = ExtractionJson.read("{" + ARTICLE.replace("\"title\"", dated + "\"file-modified\",\"title\"") + "}", "f:1");
        assertEquals(org.newskg.ingest.Article.DateSource.FILE_MODIFIED, known.article().dateSource());
        assertEquals("file-modified", known.article().dateSourceLabel());
        Extraction other = ExtractionJson.read("{" + ARTICLE.replace("\"title\"", dated + "\"wire service\",\"title\"") + "}", "f:1");
        assertEquals(null, other.article().dateSource(), "not a source newskg knows");
        assertEquals("wire service", other.article().dateSourceLabel());
        assertTrue(ExtractionJson.toLine(other).contains("\"dateSource\":\"wire service\""), "written back as read");
        assertEquals(org.newskg.id.Keys.articleKey(null, "Ruiz met Berg."), other.article().key(), "the key, not the JSON's id");
    }

    @Test
    void writesTheEvidenceSentenceForReaders() {
        String json = ExtractionJson.toLine(TestExtractions.meeting(null, "Talks"));
        assertTrue(json.contains("\"sentence\":\"Foreign Minister Ana Ruiz met Tomas Berg in Valletta on Monday.\""), json);
    }

    @Test
    void ignoresUnknownFields() {
        Extraction x = ExtractionJson.read("{" + ARTICLE + ",\"confidence\":0.9,\"actors\":[{\"id\":\"a\",\"kind\":\"Person\","
                + "\"name\":\"Ruiz\",\"colour\":\"red\",\"evidence\":[{\"start\":0,\"end\":14}]}]}", "f:1");
        assertEquals("Ruiz", x.actors().get(0).name());
    }

    @Test
    void namesTheFieldsItIgnoredSoThatAMisspeltFieldIsNoticed() {
        java.util.List<String> unknown = new java.util.ArrayList<>();
        ExtractionJson.read("{" + ARTICLE + ",\"actors\":[{\"id\":\"a\",\"kind\":\"Person\",\"name\":\"Ruiz\",\"alias\":[\"R\"],"
                + "\"evidence\":[{\"start\":0,\"end\":14,\"sentence\":\"Ruiz met Berg.\"}]}]}", "f:1", unknown);
        assertEquals(java.util.List.of("actors[0].alias"), unknown, "the sentence newskg writes for readers is known");
    }

    @Test
    void refusesTwoObjectsRunTogetherOnOneLine() {
        assertError("{" + ARTICLE + "} {" + ARTICLE + "}", "f.jsonl:3: malformed JSON at column");
    }

    @Test
    void namesTheLineAndFieldOfEveryContractError() {
        assertError("{\"actors\":[]}", "f.jsonl:3: field \"article\": missing");
        assertError("{" + ARTICLE.replace("\"title\":\"T\",", "") + "}", "f.jsonl:3: field \"article.title\": missing");
        assertError("{" + ARTICLE + ",\"actors\":[{\"id\":\"a\",\"kind\":\"Human\",\"name\":\"R\",\"evidence\":[{\"start\":0,\"end\":4}]}]}",
                "f.jsonl:3: field \"actors[0].kind\": expected one of [Person, Country, Organization], got \"Human\"");
        assertError("{" + ARTICLE + ",\"events\":[{\"id\":\"e\",\"kind\":\"Attack\",\"killed\":\"ten\",\"evidence\":[{\"start\":0,\"end\":4}]}]}",
                "f.jsonl:3: field \"events[0].killed\": expected an integer, got \"ten\"");
        assertError("{" + ARTICLE + ",\"events\":[{\"id\":\"e\",\"kind\":\"Meeting\",\"participants\":[\"a9\"],\"evidence\":[{\"start\":0,\"end\":4}]}]}",
                "f.jsonl:3: field \"events[0].participants[0]\": no actor with id \"a9\"");
        assertError("{" + ARTICLE + ",\"events\":[{\"id\":\"e\",\"kind\":\"Meeting\",\"evidence\":[{\"start\":3,\"end\":99}]}]}",
                "f.jsonl:3: field \"events[0].evidence[0].end\": span [3, 99) does not lie in the text (length 14)");
        assertError("{" + ARTICLE + ",\"events\":[{\"id\":\"e\",\"kind\":\"Meeting\",\"evidence\":[]}]}",
                "f.jsonl:3: field \"events[0].evidence\": needs at least 1 item(s)");
        assertError("{\"article\": ", "f.jsonl:3: malformed JSON");
    }

    private static void assertError(String json, String expectedStart) {
        ExtractionJsonException e = assertThrows(ExtractionJsonException.class, () -> ExtractionJson.read(json, "f.jsonl:3"));
        assertTrue(e.getMessage().startsWith(expectedStart), "got: " + e.getMessage());
    }
}
