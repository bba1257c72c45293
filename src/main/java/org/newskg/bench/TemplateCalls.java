package org.newskg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.newskg.query.QueryTemplate;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateParam;
import org.newskg.store.NewsStore;

/**
 * The saved templates as HTTP calls on a server of a store: one URL per template, with parameter
 * values that exist in the store (the most mentioned person, the most frequent actor, a place, an
 * event, an article, the whole date range), so that every call does real work. Shared by the
 * latency measurement and the load test, so both time the same requests.
 */
public final class TemplateCalls {
    /** One template's call. */
    public record Call(String template, URI uri) {}

    private TemplateCalls() {}

    /** A call for every template (bundled, or those in {@code queries} when given), in the library's order. */
    public static List<Call> of(NewsStore store, Path queries, int port) {
        Map<String, String> args = sampleArguments(store);
        List<Call> out = new ArrayList<>();
        for (QueryTemplate t : TemplateLibrary.load(queries).all()) {
            StringBuilder q = new StringBuilder();
            for (TemplateParam p : t.params()) {
                String v = args.get(p.name());
                if (v == null) continue;
                q.append(q.length() == 0 ? "?" : "&").append(p.name()).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
            out.add(new Call(t.name(), URI.create("http://127.0.0.1:" + port + "/api/queries/" + t.name() + q)));
        }
        return out;
    }

    /** Parameter values that exist in the store, by parameter name. */
    private static Map<String, String> sampleArguments(NewsStore store) {
        Map<String, String> args = new LinkedHashMap<>();
        String prefix = "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX dct: <http://purl.org/dc/terms/> ";
        String person = first(store, prefix + "SELECT ?x (COUNT(?a) AS ?n) WHERE { ?x a nkg:Person ; nkg:mentionedIn ?a } GROUP BY ?x ORDER BY DESC(?n) LIMIT 1");
        args.put("person", person);
        // The most frequent actor: the worst case of a selective template.
        String actor = first(store, prefix + "SELECT ?x (COUNT(?a) AS ?n) WHERE { ?p nkg:affiliation ?x . ?x nkg:mentionedIn ?a } GROUP BY ?x ORDER BY DESC(?n) LIMIT 1");
        args.put("actor", actor);
        args.put("node", actor);
        // The heaviest edge of the network at that actor: its relation and other end.
        ParameterizedSparqlString edge = new ParameterizedSparqlString(prefix + """
                SELECT ?relation ?x WHERE {
                  { ?pair nkg:pairMember ?actor, ?x ; nkg:meetingCount ?n FILTER(?x != ?actor) BIND("met" AS ?relation) }
                  UNION { ?pair nkg:pairAttacker ?actor ; nkg:pairPlace ?x ; nkg:attackCount ?n BIND("attacked in" AS ?relation) }
                  UNION { VALUES (?part ?relation) { (nkg:proposedBy "proposed") (nkg:acceptedBy "accepted") (nkg:rejectedBy "rejected") }
                          ?x ?part ?actor BIND(1 AS ?n) }
                } ORDER BY DESC(?n) ?relation ?x LIMIT 1""");
        edge.setIri("actor", actor == null ? "urn:newskg:none" : actor);
        String relation = first(store, edge.toString(), "relation");
        // An actor at no edge still gives a valid call: its meetings with itself, that is, all its meetings.
        args.put("relation", relation == null ? "met" : relation);
        args.put("other", relation == null ? actor : first(store, edge.toString(), "x"));
        args.put("place", first(store, prefix + "SELECT ?x WHERE { ?e nkg:place ?x } LIMIT 1"));
        args.put("event", first(store, prefix + "SELECT ?x WHERE { ?x a nkg:Meeting } LIMIT 1"));
        args.put("article", first(store, prefix + "SELECT ?x WHERE { ?x a nkg:Article } LIMIT 1"));
        args.put("from", first(store, prefix + "SELECT (STR(MIN(?d)) AS ?x) WHERE { ?a a nkg:Article ; dct:date ?d }"));
        args.put("to", first(store, prefix + "SELECT (STR(MAX(?d)) AS ?x) WHERE { ?a a nkg:Article ; dct:date ?d }"));
        args.put("topic", "ceasefire");
        args.put("min", "2");
        args.put("name", person == null ? "a" : person.substring(person.lastIndexOf('-') + 1));
        args.put("words", searchWords(first(store, prefix + "SELECT ?x WHERE { ?e nkg:sentence ?x } LIMIT 1")));
        return args;
    }

    /** Two long words of a sentence in the store, for the search template: a search that finds something. */
    static String searchWords(String sentence) {
        if (sentence == null) return "talks";
        List<String> words = java.util.Arrays.stream(sentence.split("[^\\p{L}]+")).filter(w -> w.length() >= 6).limit(2).toList();
        return words.isEmpty() ? "talks" : String.join(" ", words);
    }

    /** The value of {@code ?x} in the first row of a SELECT on the store, or null. */
    static String first(NewsStore store, String query) {
        return first(store, query, "x");
    }

    /** The value of {@code var} in the first row of a SELECT on the store, or null. */
    private static String first(NewsStore store, String query, String var) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                var rs = qe.execSelect();
                if (!rs.hasNext()) return null;
                var node = rs.next().get(var);
                return node == null ? null : node.isURIResource() ? node.asResource().getURI() : node.asLiteral().getLexicalForm();
            }
        });
    }
}
