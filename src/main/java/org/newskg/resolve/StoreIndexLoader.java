package org.newskg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.extract.Extraction.Precision;
import org.newskg.store.ArticleStore;

/** Reads the people, organisations and event reports of a store into an {@link EntityIndex}. */
final class StoreIndexLoader {
    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            """;

    private StoreIndexLoader() {}

    static EntityIndex load(ArticleStore store) {
        EntityIndex index = new EntityIndex();
        loadArticles(store, index);
        loadActors(store, index);
        loadEvents(store, index);
        return index;
    }

    private static void loadArticles(ArticleStore store, EntityIndex index) {
        select(store, PREFIXES + """
                SELECT ?g ?hash ?date ?dateSource WHERE { GRAPH ?g { ?g nkg:sourceHash ?hash
                  OPTIONAL { ?g dct:date ?date } OPTIONAL { ?g nkg:dateSource ?dateSource } } }""", s -> index.addArticle(
                s.getResource("g").getURI(), new StoredArticle(s.getLiteral("hash").getString(),
                        s.get("date") == null ? null : s.getLiteral("date").getLexicalForm(),
                        s.get("dateSource") == null ? null : s.getLiteral("dateSource").getString())));
    }

    private static void loadActors(ArticleStore store, EntityIndex index) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        Map<String, Boolean> isPerson = new HashMap<>();
        select(store, PREFIXES + """
                SELECT ?x ?person ?label ?alt WHERE { GRAPH ?g {
                  { ?x a nkg:Person BIND(true AS ?person) } UNION { ?x a nkg:Organization BIND(false AS ?person) }
                  ?x rdfs:label ?label OPTIONAL { ?x skos:altLabel ?alt } } } ORDER BY ?x ?label""", s -> {
            String x = s.getResource("x").getURI();
            labels.putIfAbsent(x, s.getLiteral("label").getString());
            isPerson.put(x, s.getLiteral("person").getBoolean());
            List<String> n = names.computeIfAbsent(x, k -> new ArrayList<>());
            n.add(s.getLiteral("label").getString());
            if (s.get("alt") != null) n.add(s.getLiteral("alt").getString());
        });
        labels.forEach((x, label) -> {
            if (isPerson.get(x)) index.addPerson(x, label, names.get(x));
            else index.addOrganisation(x, label, names.get(x));
        });
    }

    private static void loadEvents(ArticleStore store, EntityIndex index) {
        Map<String, Set<String>> actors = new HashMap<>();
        select(store, PREFIXES + """
                SELECT ?g ?e ?a WHERE { GRAPH ?g { ?e nkg:participant|nkg:proposedBy|nkg:acceptedBy|nkg:rejectedBy ?a } }""",
                s -> actors.computeIfAbsent(s.getResource("g").getURI() + " " + s.getResource("e").getURI(), k -> new HashSet<>())
                        .add(s.getResource("a").getURI()));
        select(store, PREFIXES + """
                SELECT ?g ?e ?kind ?place ?date ?precision ?attacker ?topic ?killed ?articleDate ?dateSource WHERE { GRAPH ?g {
                  ?e a ?type . OPTIONAL { ?g dct:date ?articleDate } OPTIONAL { ?g nkg:dateSource ?dateSource } VALUES (?type ?kind) { (nkg:Meeting "Meeting") (nkg:Attack "Attack") (nkg:Negotiation "Negotiation") }
                  OPTIONAL { ?e nkg:place ?place } OPTIONAL { ?e nkg:date ?date } OPTIONAL { ?e nkg:datePrecision ?precision }
                  OPTIONAL { ?e nkg:attacker ?attacker } OPTIONAL { ?e nkg:topic ?topic } OPTIONAL { ?e nkg:killed ?killed } } }
                ORDER BY ?g ?e""", s -> {
            String e = s.getResource("e").getURI();
            LocalDate date = s.get("date") == null ? null : LocalDate.parse(s.getLiteral("date").getLexicalForm());
            Precision precision = s.get("precision") == null ? Precision.day : Precision.valueOf(s.getLiteral("precision").getString());
            String g = s.getResource("g").getURI();
            index.addEvent(new EventSignature(e, g, s.getLiteral("kind").getString(), uri(s.get("place")), date, date == null ? null : precision,
                    boundingDate(s), actors.getOrDefault(s.getResource("g").getURI() + " " + e, Set.of()), uri(s.get("attacker")),
                    s.get("topic") == null ? null : s.getLiteral("topic").getString(),
                    s.get("killed") == null ? null : s.getLiteral("killed").getInt()));
        });
    }

    /** The article's own date, which bounds its undated events; none for a date from the file's time or inferred. */
    private static LocalDate boundingDate(QuerySolution s) {
        if (s.get("articleDate") == null) return null;
        String source = s.get("dateSource") == null ? "" : s.getLiteral("dateSource").getString();
        if (source.equals("file-modified") || source.equals("inferred-from-events")) return null;
        return LocalDate.parse(s.getLiteral("articleDate").getLexicalForm());
    }

    private static String uri(RDFNode n) {
        return n == null || !n.isURIResource() ? null : n.asResource().getURI();
    }

    private static void select(ArticleStore store, String query, Consumer<QuerySolution> row) {
        store.select(query, row);
    }
}
