package org.newskg.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newskg.extract.Extraction.Precision;
import org.newskg.ingest.Article.DateSource;
import org.newskg.rdf.NKG;
import org.newskg.resolve.EventSignature;
import org.newskg.resolve.KnownEntities;
import org.newskg.resolve.StoredArticle;

/**
 * What a store knows, for resolution: reads the articles, people, organisations and event reports of
 * a store, or of some of its article graphs, through SPARQL over the NKG terms. The adapter behind
 * resolution's {@link KnownEntities} port.
 */
public final class StoredEntities implements KnownEntities {
    /** Graphs named in one query: keeps the request well inside servers' limits. */
    private static final int CHUNK = 50;
    /** Where a query is narrowed to given graphs; empty for the whole store. */
    private static final String SCOPE = "#SCOPE";
    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            """;

    private final ArticleStore store;

    public StoredEntities(ArticleStore store) {
        this.store = store;
    }

    /** Every graph in one query per kind; the given graphs {@value #CHUNK} a query, in IRI order. */
    @Override
    public void read(Collection<String> graphs, Sink sink) {
        if (graphs == null) {
            read(store, sink, null);
            return;
        }
        List<RDFNode> sorted = graphs.stream().sorted().map(g -> (RDFNode) ResourceFactory.createResource(g)).toList();
        for (int from = 0; from < sorted.size(); from += CHUNK) read(store, sink, sorted.subList(from, Math.min(sorted.size(), from + CHUNK)));
    }

    private static void read(ArticleStore store, Sink sink, List<RDFNode> graphs) {
        loadArticles(store, sink, graphs);
        loadActors(store, sink, graphs);
        loadEvents(store, sink, graphs);
    }

    /** The content hash of every article graph in the store, by graph IRI. */
    @Override
    public Map<String, String> contentHashes() {
        Map<String, String> hashes = new HashMap<>();
        ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT ?g ?hash WHERE { GRAPH ?g { ?g ?hashProperty ?hash } }");
        q.setIri("hashProperty", NKG.contentHash.getURI());
        store.select(q.toString(), s -> hashes.put(s.getResource("g").getURI(), s.getLiteral("hash").getLexicalForm()));
        return hashes;
    }

    private static void loadArticles(ArticleStore store, Sink sink, List<RDFNode> graphs) {
        select(store, graphs, """
                SELECT ?g ?hash ?date ?dateSource WHERE { #SCOPE GRAPH ?g { ?g nkg:sourceHash ?hash
                  OPTIONAL { ?g dct:date ?date } OPTIONAL { ?g nkg:dateSource ?dateSource } } }""", s -> sink.article(
                s.getResource("g").getURI(), new StoredArticle(s.getLiteral("hash").getString(),
                        s.get("date") == null ? null : s.getLiteral("date").getLexicalForm(),
                        s.get("dateSource") == null ? null : DateSource.ofLabel(s.getLiteral("dateSource").getString()))));
    }

    private static void loadActors(ArticleStore store, Sink sink, List<RDFNode> graphs) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        Map<String, Boolean> isPerson = new HashMap<>();
        select(store, graphs, """
                SELECT ?x ?kind ?label ?alt WHERE { #SCOPE GRAPH ?g {
                  { ?x a nkg:Person BIND("person" AS ?kind) } UNION { ?x a nkg:Organization BIND("organization" AS ?kind) }
                  ?x rdfs:label ?label OPTIONAL { ?x skos:altLabel ?alt } } } ORDER BY ?x ?label""", s -> {
            String x = s.getResource("x").getURI();
            labels.putIfAbsent(x, s.getLiteral("label").getString());
            // A word, not a boolean: some stores (Virtuoso) answer a bound true as the integer 1.
            isPerson.put(x, s.getLiteral("kind").getString().equals("person"));
            List<String> n = names.computeIfAbsent(x, k -> new ArrayList<>());
            n.add(s.getLiteral("label").getString());
            if (s.get("alt") != null) n.add(s.getLiteral("alt").getString());
        });
        labels.forEach((x, label) -> sink.actor(new KnownActor(x, isPerson.get(x), label, names.get(x))));
    }

    private static void loadEvents(ArticleStore store, Sink sink, List<RDFNode> graphs) {
        Map<String, Set<String>> actors = new HashMap<>();
        select(store, graphs, """
                SELECT ?g ?e ?a WHERE { #SCOPE GRAPH ?g { ?e nkg:participant|nkg:proposedBy|nkg:acceptedBy|nkg:rejectedBy ?a } }""",
                s -> actors.computeIfAbsent(s.getResource("g").getURI() + " " + s.getResource("e").getURI(), k -> new HashSet<>())
                        .add(s.getResource("a").getURI()));
        select(store, graphs, """
                SELECT ?g ?e ?kind ?place ?date ?precision ?attacker ?topic ?killed ?articleDate ?dateSource WHERE { #SCOPE GRAPH ?g {
                  ?e a ?type . VALUES (?type ?kind) { (nkg:Meeting "Meeting") (nkg:Attack "Attack") (nkg:Negotiation "Negotiation") }
                  OPTIONAL { ?g dct:date ?articleDate } OPTIONAL { ?g nkg:dateSource ?dateSource }
                  OPTIONAL { ?e nkg:place ?place } OPTIONAL { ?e nkg:date ?date } OPTIONAL { ?e nkg:datePrecision ?precision }
                  OPTIONAL { ?e nkg:attacker ?attacker } OPTIONAL { ?e nkg:topic ?topic } OPTIONAL { ?e nkg:killed ?killed } } }
                ORDER BY ?g ?e""", s -> {
            String e = s.getResource("e").getURI();
            LocalDate date = s.get("date") == null ? null : LocalDate.parse(s.getLiteral("date").getLexicalForm());
            Precision precision = s.get("precision") == null ? Precision.day : Precision.valueOf(s.getLiteral("precision").getString());
            String g = s.getResource("g").getURI();
            sink.event(new EventSignature(e, g, s.getLiteral("kind").getString(), uri(s.get("place")), date, date == null ? null : precision,
                    boundingDate(s), actors.getOrDefault(s.getResource("g").getURI() + " " + e, Set.of()), uri(s.get("attacker")),
                    s.get("topic") == null ? null : s.getLiteral("topic").getString(),
                    s.get("killed") == null ? null : s.getLiteral("killed").getInt()));
        });
    }

    /** The article's own date, which bounds its undated events; none for a date from the file's time or inferred. */
    private static LocalDate boundingDate(QuerySolution s) {
        if (s.get("articleDate") == null) return null;
        DateSource source = s.get("dateSource") == null ? null : DateSource.ofLabel(s.getLiteral("dateSource").getString());
        if (source != null && source.isCopyDate() || source == DateSource.INFERRED_FROM_EVENTS) return null;
        return LocalDate.parse(s.getLiteral("articleDate").getLexicalForm());
    }

    private static String uri(RDFNode n) {
        return n == null || !n.isURIResource() ? null : n.asResource().getURI();
    }

    /** Runs {@code query} over the whole store (graphs null) or over the given graphs, bound as {@code VALUES}. */
    private static void select(ArticleStore store, List<RDFNode> graphs, String query, Consumer<QuerySolution> row) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + query.replace(SCOPE, graphs == null ? "" : "VALUES (?g) { ?graphs }"));
        if (graphs != null) q.setValues("graphs", graphs);
        store.select(q.toString(), row);
    }
}
