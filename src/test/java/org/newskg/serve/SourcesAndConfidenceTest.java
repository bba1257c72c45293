package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How many articles and outlets report a thing, and how sure to be of it, as a read-only server over
 * the samples answers: the confidence template's score is the sum of the parts it gives, and a
 * dossier shows them.
 */
class SourcesAndConfidenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SampleServer SAMPLES = new SampleServer();

    @Test
    void confidenceIsTheSumOfItsPartsAndConflictingTollsLowerIt() throws Exception {
        // The attack whose two reports give different death tolls, found by its sources, not by its IRI.
        JsonNode attacks = JSON.readTree(SAMPLES.get().get("/api/queries/multi-source-events?min=2", null).body()).at("/results/bindings");
        String attack = null;
        for (JsonNode row : attacks) {
            if (row.at("/kind/value").asText().equals("Attack") && row.at("/place/value").asText().equals("Kasama")) attack = row.at("/event/value").asText();
        }
        assertTrue(attack != null, "the market attack is reported twice: " + attacks);
        JsonNode a = confidence(attack);
        assertEquals("killed", a.at("/conflicts/value").asText(), "two tolls of the killed: " + a);
        assertEquals(-0.2, a.at("/conflictPoints/value").asDouble(), 1e-9);
        assertEquals(2, a.at("/sources/value").asInt());
        assertEquals(1, a.at("/outlets/value").asInt(), "one of the two articles has no web address: " + a);
        assertSumOfParts(a);
        JsonNode brazil = confidence("https://w3id.org/newskg/id/country/BR");
        assertTrue(brazil.at("/cues/value").asText().contains("identifier"), "a country of the reference data: " + brazil);
        assertEquals(2, brazil.at("/outlets/value").asInt(), "example.org and example.net: " + brazil);
        assertSumOfParts(brazil);
        assertTrue(brazil.at("/confidence/value").asDouble() > a.at("/confidence/value").asDouble());
        HttpResponse<String> article = SAMPLES.get().get("/api/queries/confidence?node=" + URLEncoder.encode(
                "https://w3id.org/newskg/id/outlet/example.org", StandardCharsets.UTF_8), null);
        assertEquals(0, JSON.readTree(article.body()).at("/results/bindings").size(), "an outlet is neither event nor actor");
    }

    private static JsonNode confidence(String node) throws Exception {
        HttpResponse<String> res = SAMPLES.get().get("/api/queries/confidence?node=" + URLEncoder.encode(node, StandardCharsets.UTF_8), null);
        assertEquals(200, res.statusCode(), res.body());
        JsonNode rows = JSON.readTree(res.body()).at("/results/bindings");
        assertEquals(1, rows.size(), res.body());
        return rows.get(0);
    }

    private static void assertSumOfParts(JsonNode row) {
        double sum = 0;
        for (String part : List.of("sourcePoints", "outletPoints", "cuePoints", "conflictPoints")) sum += row.at("/" + part + "/value").asDouble();
        assertEquals(Math.max(0, Math.min(1, sum)), row.at("/confidence/value").asDouble(), 1e-9, row.toString());
    }

    @Test
    void anEventsDossierStatesItsSourcesOutletsAndAConfidenceWithItsParts() throws Exception {
        String meeting = SAMPLES.get().get("/id/event/meeting/b72a66c35eadea57", "text/html").body();
        assertTrue(meeting.contains("<th>source count</th><td>2</td>") && meeting.contains("<th>outlet count</th><td>2</td>"), meeting);
        assertTrue(meeting.contains("<a href=\"/id/outlet/example.net\">example.net</a>"), "the outlets by name: " + meeting);
        assertTrue(meeting.contains("<h2>Confidence</h2>"), meeting);
        assertTrue(meeting.contains("<tr><td>sources</td><td>2 articles</td><td>0.2</td></tr>"), meeting);
        assertTrue(meeting.contains("<tr><td>outlets</td><td>2 outlets</td><td>0.2</td></tr>"), meeting);
        assertTrue(meeting.matches("(?s).*<tr class=\"score\"><th>score</th><td>[^<]*</td><th>0\\.\\d+</th></tr>.*"), meeting);
        String article = SAMPLES.get().get("/id/article/67512670bc5fab47", "text/html").body();
        assertFalse(article.contains("<h2>Confidence</h2>"), "an article is neither an event nor an actor");
    }
}
