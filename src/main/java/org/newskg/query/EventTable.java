package org.newskg.query;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Every event as one row of a flat table, with columns like ACLED's: what event-data tools and
 * spreadsheets read. Events come in date order (undated first); their details are read 500 events a
 * query, so memory holds one such batch, not the store.
 */
public final class EventTable {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("event_id", "date", "date_precision", "class", "kind", "cameo", "plover_type",
            "plover_mode", "actor1", "actor2", "place", "country", "latitude", "longitude", "killed", "injured", "sources", "outlets",
            "first_source_url", "last_source_url");
    private static final int BATCH = 500;

    private static final String ORDER = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            SELECT ?event WHERE {
              VALUES ?dayOf { nkg:meetingDay nkg:attackDay nkg:negotiationDay }
              ?event ?dayOf ?day
            }
            ORDER BY ?day ?event""";

    /** One row a detail: the class name (?detail) and the value, with a name or a date beside it where one helps. */
    private static final String DETAILS = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            SELECT ?event ?detail ?value ?extra WHERE {
              VALUES (?event) { ?events }
              { ?event a ?value FILTER(?value IN (nkg:Meeting, nkg:Attack, nkg:Negotiation)) BIND("class" AS ?detail) }
              UNION { ?event nkg:date ?value BIND("date" AS ?detail) }
              UNION { ?event nkg:datePrecision ?value BIND("precision" AS ?detail) }
              UNION { ?event nkg:eventKind ?value BIND("kind" AS ?detail) }
              UNION { ?event nkg:cameoCode ?value BIND("cameo" AS ?detail) }
              UNION { ?event nkg:ploverType ?value BIND("ploverType" AS ?detail) }
              UNION { ?event nkg:ploverMode ?value BIND("ploverMode" AS ?detail) }
              UNION { VALUES (?part ?detail) { (nkg:participant "participant") (nkg:attacker "attacker") (nkg:proposedBy "proposedBy")
                                               (nkg:acceptedBy "acceptedBy") (nkg:rejectedBy "rejectedBy") }
                      ?event ?part ?value OPTIONAL { ?value nkg:mainName ?extra } }
              UNION { ?event nkg:place ?value OPTIONAL { ?value nkg:mainName ?extra } BIND("place" AS ?detail) }
              UNION { ?event nkg:place/nkg:inCountry ?c . ?c nkg:mainName ?value BIND("country" AS ?detail) }
              UNION { ?event nkg:place/geo:hasGeometry/geo:asWKT ?value BIND("point" AS ?detail) }
              UNION { ?event nkg:killed ?value BIND("killed" AS ?detail) }
              UNION { ?event nkg:injured ?value BIND("injured" AS ?detail) }
              UNION { ?event nkg:sourceCount ?value BIND("sources" AS ?detail) }
              UNION { ?event nkg:outletCount ?value BIND("outlets" AS ?detail) }
              UNION { ?event nkg:mentionedIn ?a . ?a dct:source ?value OPTIONAL { ?a dct:date ?extra } BIND("source" AS ?detail) }
            }""";

    private EventTable() {}

    /** Writes every event of {@code ds} as CSV with a header row; returns the events written. Call inside a read transaction. */
    public static long write(Dataset ds, Writer out) throws IOException {
        // An event of two classes has two days: it is listed once, at its first.
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        try (QueryExecution qe = QueryExecution.create(ORDER, ds)) {
            qe.execSelect().forEachRemaining(row -> seen.add(row.getResource("event").getURI()));
        }
        List<String> order = new ArrayList<>(seen);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
        long written = 0;
        for (int from = 0; from < order.size(); from += BATCH) {
            List<String> batch = order.subList(from, Math.min(order.size(), from + BATCH));
            java.util.Map<String, EventRow> rows = new java.util.LinkedHashMap<>();
            for (String iri : batch) rows.put(iri, new EventRow(iri));
            ParameterizedSparqlString q = new ParameterizedSparqlString(DETAILS);
            q.setValues("events", batch.stream().map(i -> (RDFNode) ResourceFactory.createResource(i)).toList());
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), ds)) {
                qe.execSelect().forEachRemaining(row -> rows.get(row.getResource("event").getURI()).add(detail(row), row.get("value"), row.get("extra")));
            }
            for (EventRow r : rows.values()) {
                csv.printRecord(r.cells());
                written++;
            }
        }
        csv.flush();
        return written;
    }

    private static String detail(QuerySolution row) {
        return row.getLiteral("detail").getString();
    }
}
