package org.newskg.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.ActorKind;
import org.newskg.extract.Extraction.ArticleInfo;
import org.newskg.extract.Extraction.Event;
import org.newskg.extract.Extraction.EventDate;
import org.newskg.extract.Extraction.EventKind;
import org.newskg.extract.Extraction.Place;
import org.newskg.extract.Extraction.Precision;
import org.newskg.extract.Extraction.Span;
import org.newskg.extract.Extraction.Toll;
import org.newskg.ingest.Article;
import org.newskg.ingest.JsonSyntax;

/**
 * The extraction JSON (schema: {@code ontology/extraction.schema.json}): reads one object, checking
 * every field and reference, and writes one. Unknown fields are ignored (extractors may add their
 * own), but named, so that a misspelt field does not vanish unnoticed.
 */
public final class ExtractionJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExtractionJson() {}

    /**
     * Parses one extraction object.
     *
     * @param location file and line, for error messages
     * @throws ExtractionJsonException naming the location and field when the object breaks the contract
     */
    public static Extraction read(String json, String location) {
        return read(json, location, new ArrayList<>());
    }

    /**
     * Parses one extraction object and adds the paths of the fields it ignored to {@code unknownFields}.
     *
     * @throws ExtractionJsonException naming the location and field when the object breaks the contract
     */
    public static Extraction read(String json, String location, List<String> unknownFields) {
        JsonNode root;
        try {
            root = JsonSyntax.parse(json);
        } catch (JsonProcessingException e) {
            throw new ExtractionJsonException(location + ": " + JsonSyntax.describe(e));
        }
        if (root == null || !root.isObject()) throw new ExtractionJsonException(location + ": expected a JSON object");
        JsonFields top = new JsonFields(root, location);
        JsonFields a = top.object("article", true);
        JsonFields ex = a.object("extractor", true);
        String text = a.string("text", true);
        String dateSourceLabel = a.string("dateSource", false);
        Article.DateSource dateSource = Article.DateSource.ofLabel(dateSourceLabel);
        ArticleInfo article = new ArticleInfo(a.string("id", true), a.string("url", false), a.string("title", true),
                a.date("date", false), dateSource, dateSource == null ? dateSourceLabel : null, text, a.string("source", false),
                ex.string("name", true), ex.string("version", true));
        List<Actor> actors = top.list("actors", 0, (f, i) -> actor(f, text.length()));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < actors.size(); i++) {
            if (!ids.add(actors.get(i).id())) throw top.error("actors[" + i + "].id", "duplicate id \"" + actors.get(i).id() + "\"");
        }
        for (int i = 0; i < actors.size(); i++) {
            String aff = actors.get(i).affiliation();
            if (aff != null && !ids.contains(aff)) throw top.error("actors[" + i + "].affiliation", "no actor with id \"" + aff + "\"");
        }
        List<Event> events = top.list("events", 0, (f, i) -> event(f, text.length(), ids));
        unknownFields.addAll(top.unknownFields());
        return new Extraction(article, actors, events);
    }

    private static Actor actor(JsonFields f, int textLength) {
        if (!f.isObject()) throw f.error("", "expected an object");
        return new Actor(f.string("id", true), f.enumValue("kind", ActorKind.class, null), f.string("name", true),
                f.strings("aliases"), f.string("role", false), f.string("affiliation", false),
                f.matching("code", "[A-Z]{2}", "an ISO 3166-1 alpha-2 code"),
                f.matching("wikidata", "Q[1-9][0-9]*", "a Wikidata QID"), spans(f, textLength));
    }

    private static Event event(JsonFields f, int textLength, Set<String> actorIds) {
        JsonFields p = f.object("place", false);
        Place place = p == null ? null : new Place(p.string("name", true), p.matching("country", "[A-Z]{2}", "an ISO 3166-1 alpha-2 code"),
                p.strings("aliases"));
        JsonFields d = f.object("date", false);
        EventDate date = d == null ? null : new EventDate(d.date("value", true), d.enumValue("precision", Precision.class, Precision.day));
        Event e = new Event(f.string("id", true), f.enumValue("kind", EventKind.class, null), refs(f, "participants", actorIds),
                place, date, ref(f, "attacker", actorIds), f.string("weapon", false),
                f.nonNegativeInt("killed", false), f.nonNegativeInt("injured", false),
                f.list("tolls", 0, (t, i) -> toll(t, textLength, actorIds)),
                f.string("topic", false), f.string("status", false), refs(f, "proposedBy", actorIds),
                refs(f, "acceptedBy", actorIds), refs(f, "rejectedBy", actorIds), spans(f, textLength));
        return e;
    }

    private static Toll toll(JsonFields f, int textLength, Set<String> actorIds) {
        if (!f.isObject()) throw f.error("", "expected an object");
        JsonFields ev = f.object("evidence", true);
        return new Toll(f.nonNegativeInt("killed", false), f.nonNegativeInt("injured", false), f.string("qualifier", false),
                f.nonNegativeInt("upTo", false), ref(f, "source", actorIds), span(ev, textLength));
    }

    private static String ref(JsonFields f, String field, Set<String> ids) {
        String id = f.string(field, false);
        if (id != null && !ids.contains(id)) throw f.error(field, "no actor with id \"" + id + "\"");
        return id;
    }

    private static List<String> refs(JsonFields f, String field, Set<String> ids) {
        List<String> out = f.strings(field);
        for (int i = 0; i < out.size(); i++) {
            if (!ids.contains(out.get(i))) throw f.error(field + "[" + i + "]", "no actor with id \"" + out.get(i) + "\"");
        }
        return out;
    }

    private static List<Span> spans(JsonFields f, int textLength) {
        return f.list("evidence", 1, (s, i) -> span(s, textLength));
    }

    private static Span span(JsonFields s, int textLength) {
        s.known("sentence");
        int start = s.nonNegativeInt("start", true);
        int end = s.nonNegativeInt("end", true);
        if (end <= start || end > textLength) {
            throw s.error("end", "span [" + start + ", " + end + ") does not lie in the text (length " + textLength + ")");
        }
        return new Span(start, end);
    }

    /** One extraction as a single line of JSON (for JSON Lines). */
    public static String toLine(Extraction x) {
        return toTree(x).toString();
    }

    /** One extraction, indented for people to read. */
    public static String toPrettyString(Extraction x) {
        try {
            return PRETTY.writeValueAsString(toTree(x));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode toTree(Extraction x) {
        ObjectNode root = JSON.createObjectNode();
        ArticleInfo a = x.article();
        ObjectNode art = root.putObject("article");
        art.put("id", a.id());
        art.put("url", a.url());
        art.put("title", a.title());
        art.put("date", a.date() == null ? null : a.date().toString());
        if (a.dateSourceLabel() != null) art.put("dateSource", a.dateSourceLabel());
        art.put("source", a.source());
        art.putObject("extractor").put("name", a.extractorName()).put("version", a.extractorVersion());
        art.put("text", a.text());
        ArrayNode actors = root.putArray("actors");
        for (Actor ac : x.actors()) {
            ObjectNode o = actors.addObject();
            o.put("id", ac.id()).put("kind", ac.kind().name()).put("name", ac.name());
            strings(o, "aliases", ac.aliases());
            putIfSet(o, "role", ac.role());
            putIfSet(o, "affiliation", ac.affiliation());
            putIfSet(o, "code", ac.code());
            putIfSet(o, "wikidata", ac.wikidata());
            spans(o, ac.evidence(), a.text());
        }
        ArrayNode events = root.putArray("events");
        for (Event e : x.events()) {
            ObjectNode o = events.addObject();
            o.put("id", e.id()).put("kind", e.kind().name());
            strings(o, "participants", e.participants());
            if (e.place() != null) {
                ObjectNode place = o.putObject("place").put("name", e.place().name()).put("country", e.place().country());
                strings(place, "aliases", e.place().aliases());
            }
            if (e.date() != null) o.putObject("date").put("value", e.date().value().toString()).put("precision", e.date().precision().name());
            putIfSet(o, "attacker", e.attacker());
            putIfSet(o, "weapon", e.weapon());
            if (e.killed() != null) o.put("killed", e.killed());
            if (e.injured() != null) o.put("injured", e.injured());
            tolls(o, e.tolls(), a.text());
            putIfSet(o, "topic", e.topic());
            putIfSet(o, "status", e.status());
            strings(o, "proposedBy", e.proposedBy());
            strings(o, "acceptedBy", e.acceptedBy());
            strings(o, "rejectedBy", e.rejectedBy());
            spans(o, e.evidence(), a.text());
        }
        return root;
    }

    private static void putIfSet(ObjectNode o, String field, String value) {
        if (value != null) o.put(field, value);
    }

    private static void strings(ObjectNode o, String field, List<String> values) {
        if (values.isEmpty()) return;
        ArrayNode arr = o.putArray(field);
        values.forEach(arr::add);
    }

    private static void tolls(ObjectNode o, List<Toll> tolls, String text) {
        if (tolls.isEmpty()) return;
        ArrayNode arr = o.putArray("tolls");
        for (Toll t : tolls) {
            ObjectNode n = arr.addObject();
            if (t.killed() != null) n.put("killed", t.killed());
            if (t.injured() != null) n.put("injured", t.injured());
            putIfSet(n, "qualifier", t.qualifier());
            if (t.upTo() != null) n.put("upTo", t.upTo());
            putIfSet(n, "source", t.source());
            Span s = t.evidence();
            if (s != null) n.putObject("evidence").put("start", s.start()).put("end", s.end()).put("sentence", text.substring(s.start(), s.end()));
        }
    }

    /** Spans with their text, so a reader of the JSON sees the evidence without counting characters. */
    private static void spans(ObjectNode o, List<Span> spans, String text) {
        ArrayNode arr = o.putArray("evidence");
        for (Span s : spans) {
            arr.addObject().put("start", s.start()).put("end", s.end()).put("sentence", text.substring(s.start(), s.end()));
        }
    }
}
