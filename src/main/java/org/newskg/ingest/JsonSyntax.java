package org.newskg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One line of JSON Lines parsed strictly, with syntax errors worded for users. */
public final class JsonSyntax {
    /** Refuses text after the value: two objects run together on one line are a broken line, not the first one. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonSyntax() {}

    /** The parsed line. */
    public static JsonNode parse(String line) throws JsonProcessingException {
        return JSON.readTree(line);
    }

    /** "malformed JSON at column 13: Unexpected end-of-input ...", without Jackson's notes on its own settings. */
    public static String describe(JsonProcessingException e) {
        String why = String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\(start marker at \\[.*?]\\)", "").replaceAll("\\s+", " ");
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return "malformed JSON" + (column > 0 ? " at column " + column : "") + ": " + why;
    }
}
