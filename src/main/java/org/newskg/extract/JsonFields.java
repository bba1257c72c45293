package org.newskg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Typed access to one JSON object of the extraction contract, with errors naming the field's path.
 * The objects of one document share a list of themselves, so the fields nobody read can be named.
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;
    private final String location;
    private final Set<String> read = new HashSet<>();
    private final List<JsonFields> document;

    /** The top object of a document. */
    JsonFields(JsonNode node, String location) {
        this(node, "", location, new ArrayList<>());
    }

    private JsonFields(JsonNode node, String path, String location, List<JsonFields> document) {
        this.node = node;
        this.path = path;
        this.location = location;
        this.document = document;
        document.add(this);
    }

    /** Marks fields as known though not read (such as those written for people). */
    void known(String... fields) {
        read.addAll(List.of(fields));
    }

    /** The paths of the fields in the document that nothing read, e.g. {@code actors[0].colour}. */
    List<String> unknownFields() {
        List<String> out = new ArrayList<>();
        for (JsonFields f : document) {
            if (!f.node.isObject()) continue;
            f.node.fieldNames().forEachRemaining(name -> {
                if (!f.read.contains(name)) out.add(f.join(name));
            });
        }
        return out;
    }

    ExtractionJsonException error(String field, String problem) {
        return new ExtractionJsonException(location + ": field \"" + join(field) + "\": " + problem);
    }

    String join(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private JsonNode get(String field, boolean required) {
        read.add(field);
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) throw error(field, "missing");
            return null;
        }
        return v;
    }

    String string(String field, boolean required) {
        JsonNode v = get(field, required);
        if (v == null) return null;
        if (!v.isTextual()) throw error(field, "expected a string, got " + v.getNodeType().name().toLowerCase());
        if (required && v.asText().isEmpty()) throw error(field, "must not be empty");
        return v.asText();
    }

    Integer nonNegativeInt(String field, boolean required) {
        JsonNode v = get(field, required);
        if (v == null) return null;
        if (!v.isIntegralNumber() || !v.canConvertToInt()) throw error(field, "expected an integer, got " + v);
        if (v.intValue() < 0) throw error(field, "must not be negative, got " + v.intValue());
        return v.intValue();
    }

    LocalDate date(String field, boolean required) {
        String s = string(field, required);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error(field, "expected a date YYYY-MM-DD, got \"" + s + "\"");
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, E fallback) {
        String s = string(field, fallback == null);
        if (s == null) return fallback;
        for (E e : type.getEnumConstants()) if (e.name().equals(s)) return e;
        throw error(field, "expected one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", got \"" + s + "\"");
    }

    String matching(String field, String regex, String what) {
        String s = string(field, false);
        if (s != null && !s.matches(regex)) throw error(field, "expected " + what + ", got \"" + s + "\"");
        return s;
    }

    JsonFields object(String field, boolean required) {
        JsonNode v = get(field, required);
        if (v == null) return null;
        if (!v.isObject()) throw error(field, "expected an object");
        return new JsonFields(v, join(field), location, document);
    }

    List<String> strings(String field) {
        return list(field, 0, (f, i) -> {
            JsonNode v = f.node;
            if (!v.isTextual()) throw error(field + "[" + i + "]", "expected a string");
            return v.asText();
        });
    }

    /** The elements of an array field (absent means empty), each read by {@code read}. */
    <T> List<T> list(String field, int minItems, BiFunction<JsonFields, Integer, T> read) {
        JsonNode v = get(field, minItems > 0);
        List<T> out = new ArrayList<>();
        if (v == null) return out;
        if (!v.isArray()) throw error(field, "expected an array");
        if (v.size() < minItems) throw error(field, "needs at least " + minItems + " item(s)");
        for (int i = 0; i < v.size(); i++) {
            out.add(read.apply(new JsonFields(v.get(i), join(field) + "[" + i + "]", location, document), i));
        }
        return out;
    }

    boolean isObject() {
        return node.isObject();
    }

    String path() {
        return path;
    }
}
