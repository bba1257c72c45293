package org.newskg.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.newskg.rdf.NKG;

/**
 * What a dossier page shows beyond the entity's own statements, read under the page's deadline: a
 * person's latest role, an actor's events and whom it is mentioned with, an article's text with its
 * evidence sentences marked. Each list is bounded ({@link #LIMIT}): a much-reported country has
 * thousands of events, which the templates page through.
 */
final class DossierReads {
    static final int LIMIT = 50;
    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dct: <http://purl.org/dc/terms/>
            """;

    /** An event of an actor: its IRI, kind, earliest date (null: undated), place and the actor's part in it. */
    record EventRow(String iri, String kind, LocalDate date, String place, String part) {}

    /** A thing by its name, with a count. */
    record Named(String iri, String name, long count) {}

    /** The extra reads of one page; {@code articleText} is HTML, null for anything but an article. */
    record Extra(String latestRole, List<EventRow> events, List<Named> mentionedWith, String articleText) {
        static final Extra NONE = new Extra(null, List.of(), List.of(), null);
    }

    private DossierReads() {}

    static Extra read(Dataset ds, Resource r, long deadline) {
        return Txn.calculateRead(ds, () -> {
            String iri = r.getURI();
            if (r.hasProperty(org.apache.jena.vocabulary.RDF.type, NKG.Article)) {
                return new Extra(null, List.of(), List.of(), articleText(ds, iri, r, deadline));
            }
            if (!DossierPage.isActor(r)) return Extra.NONE;
            String[] role = new String[1];
            select(ds, deadline, iri, """
                    SELECT ?role WHERE { GRAPH ?a { ?x nkg:role ?role . ?a dct:date ?d } } ORDER BY DESC(?d) ?role LIMIT 1""",
                    row -> role[0] = row.getLiteral("role").getString());
            List<EventRow> events = new ArrayList<>();
            select(ds, deadline, iri, """
                    SELECT ?event ?kind (MIN(?d) AS ?date) (SAMPLE(?placeName) AS ?place)
                           (GROUP_CONCAT(DISTINCT STRAFTER(STR(?part), "#"); separator=", ") AS ?parts) WHERE {
                      VALUES ?part { nkg:participant nkg:attacker nkg:proposedBy nkg:acceptedBy nkg:rejectedBy }
                      ?event ?part ?x .
                      VALUES ?kind { nkg:Meeting nkg:Attack nkg:Negotiation }
                      ?event a ?kind .
                      OPTIONAL { ?event nkg:date ?d }
                      OPTIONAL { ?event nkg:place/nkg:mainName ?placeName }
                    } GROUP BY ?event ?kind ORDER BY DESC(?date) ?event LIMIT""" + " " + LIMIT,
                    row -> events.add(new EventRow(row.getResource("event").getURI(), row.getResource("kind").getLocalName(),
                            day(row.get("date")), text(row.get("place")), text(row.get("parts")))));
            List<Named> with = new ArrayList<>();
            select(ds, deadline, iri, """
                    SELECT ?other (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?a) AS ?n) WHERE {
                      { SELECT ?a WHERE { ?x nkg:mentionedIn ?a . ?a nkg:newestFirst ?age } ORDER BY ?age LIMIT""" + " " + LIMIT + """
                       }
                      ?other nkg:mentionedIn ?a ; a nkg:Actor .
                      FILTER(?other != ?x)
                      OPTIONAL { ?other nkg:mainName ?name }
                    } GROUP BY ?other ORDER BY DESC(?n) ?label LIMIT 20""",
                    row -> with.add(new Named(row.getResource("other").getURI(), text(row.get("label")), row.getLiteral("n").getLong())));
            return new Extra(role[0], events, with, null);
        });
    }

    /**
     * The article's cleaned text, escaped, with each evidence sentence marked and followed by links to
     * what it supports. Sentences are placed by their offsets, checked against the text.
     */
    private static String articleText(Dataset ds, String iri, Resource article, long deadline) {
        if (!article.hasProperty(NKG.text)) return null;
        String text = article.getProperty(NKG.text).getString();
        // start -> [end, links]
        Map<Integer, Object[]> spans = new TreeMap<>();
        select(ds, deadline, iri, """
                SELECT ?start ?end ?sentence ?thing ?name ?kind WHERE { GRAPH ?x {
                  ?ev nkg:source ?x ; nkg:startOffset ?start ; nkg:endOffset ?end ; nkg:sentence ?sentence .
                  ?thing nkg:evidence ?ev .
                  OPTIONAL { ?thing rdfs:label ?name }
                  OPTIONAL { VALUES ?kind { nkg:Meeting nkg:Attack nkg:Negotiation } ?thing a ?kind }
                } } ORDER BY ?start ?thing""",
                row -> {
                    int start = row.getLiteral("start").getInt();
                    int end = row.getLiteral("end").getInt();
                    if (start < 0 || end > text.length() || start >= end || !text.substring(start, end).equals(row.getLiteral("sentence").getString())) return;
                    Object[] span = spans.computeIfAbsent(start, k -> new Object[] {end, new ArrayList<String>()});
                    if ((int) span[0] != end) return;
                    String thing = row.getResource("thing").getURI();
                    String name = row.get("name") != null ? text(row.get("name")) : row.get("kind") != null ? row.getResource("kind").getLocalName()
                            : thing.contains("/toll/") ? "toll" : thing;
                    @SuppressWarnings("unchecked")
                    List<String> links = (List<String>) span[1];
                    String link = Html.link(EntityServlet.localPath(thing), name);
                    if (!links.contains(link)) links.add(link);
                });
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Map.Entry<Integer, Object[]> e : spans.entrySet()) {
            int start = e.getKey();
            int end = (int) e.getValue()[0];
            if (start < at) continue;
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) e.getValue()[1];
            b.append(Html.esc(text.substring(at, start))).append("<mark class=\"evidence\">").append(Html.esc(text.substring(start, end)))
                    .append("</mark><span class=\"supports\"> [").append(String.join(", ", links)).append("]</span>");
            at = end;
        }
        return b.append(Html.esc(text.substring(at))).toString();
    }

    private static void select(Dataset ds, long deadline, String iri, String query, Consumer<QuerySolution> row) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + query);
        q.setIri("x", iri);
        long left = Math.max(1, deadline - System.currentTimeMillis());
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).timeout(left, TimeUnit.MILLISECONDS).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    private static String text(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static LocalDate day(RDFNode n) {
        return n == null || !n.isLiteral() ? null : DossierPage.day(n.asLiteral().getLexicalForm());
    }
}
