package org.newskg.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.id.Iris;
import org.newskg.rdf.NKG;

/**
 * The statistics graph computed from scratch with plain SPARQL aggregates over the union graph (and
 * the known names, every label and variant once, and each place's country once), for a store that does
 * not keep them as it is written: a SPARQL 1.1 store other than newskg's own (see
 * {@link RemoteStore#refreshStatistics}). The queries run on the store; only their results travel. It
 * shares no code with {@link StatisticsUpdate}, which keeps the same graph by difference, and tests hold
 * each to the other. The statistics graph is part of the union, but holds none of the terms these
 * queries read.
 */
public final class StatisticsFromScratch {
    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            """;

    private StatisticsFromScratch() {}

    /** The statistics of a local dataset; call inside a read transaction. */
    static Model of(Dataset ds) {
        return of((query, row) -> {
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                qe.execSelect().forEachRemaining(row);
            }
        }, "");
    }

    /**
     * The statistics of the store that {@code select} queries (a query, and what to do with each row),
     * reading names only from the graphs whose names start with {@code graphs} ("" for all): a store's
     * default graph may be the union of every graph it holds, its own labelled system graphs among them
     * (Virtuoso).
     */
    public static Model of(java.util.function.BiConsumer<String, java.util.function.Consumer<QuerySolution>> select, String graphs) {
        java.util.function.BiConsumer<String, java.util.function.Consumer<QuerySolution>> scoped = (query, row) -> {
            org.apache.jena.query.ParameterizedSparqlString q = new org.apache.jena.query.ParameterizedSparqlString(query);
            q.setLiteral("ours", graphs);
            select.accept(q.toString(), row);
        };
        return compute(scoped);
    }

    private static Model compute(java.util.function.BiConsumer<String, java.util.function.Consumer<QuerySolution>> select) {
        Model m = ModelFactory.createDefaultModel();
        // The events of each class by their earliest day, and of all classes (each event once).
        java.util.Map<String, java.util.TreeMap<Long, Long>> byDay = new java.util.HashMap<>();
        java.util.Map<Resource, Long> anyClassDay = new java.util.HashMap<>();
        select(select, """
                SELECT ?x (COUNT(DISTINCT ?a) AS ?n) WHERE {
                  VALUES ?t { nkg:Meeting nkg:Attack nkg:Negotiation nkg:Person nkg:Country nkg:Organization nkg:Place }
                  ?x a ?t ; nkg:mentionedIn ?a
                } GROUP BY ?x""", s -> count(m, s.getResource("x"), NKG.sourceCount, s.get("n")));
        select(select, """
                SELECT DISTINCT ?x ?o WHERE {
                  VALUES ?t { nkg:Meeting nkg:Attack nkg:Negotiation nkg:Person nkg:Country nkg:Organization nkg:Place }
                  ?x a ?t ; nkg:mentionedIn/nkg:outlet ?o
                }""", s -> m.add(s.getResource("x"), NKG.coveredBy, s.getResource("o")));
        select(select, """
                SELECT ?x (COUNT(DISTINCT ?o) AS ?n) WHERE {
                  VALUES ?t { nkg:Meeting nkg:Attack nkg:Negotiation nkg:Person nkg:Country nkg:Organization nkg:Place }
                  ?x a ?t ; nkg:mentionedIn ?a . ?a nkg:outlet ?o
                } GROUP BY ?x""", s -> count(m, s.getResource("x"), NKG.outletCount, s.get("n")));
        select(select, """
                SELECT ?x (COUNT(DISTINCT ?e) AS ?n) WHERE {
                  VALUES ?t { nkg:Person nkg:Country nkg:Organization }
                  ?x a ?t . ?e nkg:participant|nkg:attacker|nkg:proposedBy|nkg:acceptedBy|nkg:rejectedBy ?x
                } GROUP BY ?x""", s -> count(m, s.getResource("x"), NKG.eventCount, s.get("n")));
        select(select, """
                SELECT ?x (COUNT(DISTINCT ?e) AS ?n) WHERE {
                  { ?x a nkg:Place . ?e nkg:place ?x }
                  UNION { ?x a nkg:Country . ?e nkg:place ?x }
                  UNION { ?x a nkg:Country . ?e nkg:place/nkg:country ?x }
                } GROUP BY ?x""", s -> count(m, s.getResource("x"), NKG.eventsInCount, s.get("n")));
        select(select, """
                SELECT ?c ?d (COUNT(DISTINCT ?e) AS ?n) WHERE {
                  VALUES ?c { nkg:Meeting nkg:Attack nkg:Negotiation }
                  ?e a ?c ; nkg:date ?d
                } GROUP BY ?c ?d""", s -> {
            Resource c = s.getResource("c");
            RDFNode d = s.get("d");
            Resource day = m.createResource(Iris.eventsOnDay(c.getLocalName(), d.asLiteral().getLexicalForm(),
                    XSDDatatype.XSDdate.getURI().equals(d.asLiteral().getDatatypeURI())));
            day.addProperty(RDF.type, NKG.EventsOnDay).addProperty(NKG.eventClass, c).addProperty(NKG.day, d);
            count(m, day, NKG.eventCount, s.get("n"));
        });
        select(select, """
                SELECT ?a ?b (COUNT(DISTINCT ?m) AS ?n) WHERE {
                  ?m a nkg:Meeting ; nkg:participant ?a, ?b .
                  FILTER(isIRI(?a) && isIRI(?b) && STR(?a) < STR(?b))
                } GROUP BY ?a ?b""", s -> {
            Resource pair = m.createResource(Iris.meetingPair(s.getResource("a").getURI(), s.getResource("b").getURI()));
            pair.addProperty(RDF.type, NKG.MeetingPair).addProperty(NKG.pairMember, s.getResource("a"))
                    .addProperty(NKG.pairMember, s.getResource("b"));
            count(m, pair, NKG.meetingCount, s.get("n"));
        });
        select(select, """
                SELECT ?a ?p (COUNT(DISTINCT ?x) AS ?n) WHERE {
                  ?x a nkg:Attack ; nkg:attacker ?a ; nkg:place ?p . FILTER(isIRI(?a) && isIRI(?p))
                } GROUP BY ?a ?p""", s -> {
            Resource pair = m.createResource(Iris.attackPair(s.getResource("a").getURI(), s.getResource("p").getURI()));
            pair.addProperty(RDF.type, NKG.AttackPair).addProperty(NKG.pairAttacker, s.getResource("a"))
                    .addProperty(NKG.pairPlace, s.getResource("p"));
            count(m, pair, NKG.attackCount, s.get("n"));
        });
        select(select, """
                SELECT DISTINCT ?x ?name WHERE { GRAPH ?g { ?x rdfs:label|skos:altLabel ?name } FILTER(STRSTARTS(STR(?g), ?ours)) }""",
                s -> m.add(s.getResource("x"), NKG.knownName, s.get("name")));
        select(select, """
                SELECT DISTINCT ?x ?name WHERE { GRAPH ?g { ?x rdfs:label ?name } FILTER(STRSTARTS(STR(?g), ?ours)) }""",
                s -> m.add(s.getResource("x"), NKG.mainName, s.get("name")));
        select(select, """
                SELECT DISTINCT ?x ?c WHERE { ?x nkg:country ?c }""",
                s -> m.add(s.getResource("x"), NKG.inCountry, s.get("c")));
        select(select, """
                SELECT ?k (COUNT(?e) AS ?n) WHERE {
                  { SELECT ?e (COUNT(DISTINCT ?a) AS ?k) WHERE {
                      VALUES ?t { nkg:Meeting nkg:Attack nkg:Negotiation }
                      ?e a ?t ; nkg:mentionedIn ?a
                  } GROUP BY ?e }
                } GROUP BY ?k ORDER BY DESC(?k)""", new java.util.function.Consumer<QuerySolution>() {
            private long more;

            @Override
            public void accept(QuerySolution s) {
                long k = s.getLiteral("k").getLong();
                Resource group = m.createResource(Iris.eventsWithSources(k)).addProperty(RDF.type, NKG.EventsWithSources);
                count(m, group, NKG.sourceCount, s.get("k"));
                count(m, group, NKG.eventCount, s.get("n"));
                if (more > 0) count(m, group, NKG.eventsWithMoreSources, m.createTypedLiteral(more));
                more += s.getLiteral("n").getLong();
            }
        });
        select(select, """
                SELECT ?x (MAX(?d) AS ?latest) WHERE { ?x a nkg:Article OPTIONAL { ?x dct:date ?d } } GROUP BY ?x""",
                s -> m.addLiteral(s.getResource("x"), NKG.newestFirst, integer(99991231 - dayNumber(s.get("latest")))));
        select(select, """
                SELECT ?x ?p (MIN(?d) AS ?earliest) WHERE {
                  VALUES (?t ?p) { (nkg:Meeting nkg:meetingDay) (nkg:Attack nkg:attackDay) (nkg:Negotiation nkg:negotiationDay) }
                  ?x a ?t OPTIONAL { ?x nkg:date ?d }
                } GROUP BY ?x ?p""", s -> {
            long day = dayNumber(s.get("earliest"));
            m.addLiteral(s.getResource("x"), m.createProperty(s.getResource("p").getURI()), integer(day));
            String kind = s.getResource("p").getLocalName().replace("Day", "");
            byDay.computeIfAbsent(Character.toUpperCase(kind.charAt(0)) + kind.substring(1), k -> new java.util.TreeMap<>()).merge(day, 1L, Long::sum);
            anyClassDay.put(s.getResource("x"), day);
        });
        anyClassDay.values().forEach(day -> byDay.computeIfAbsent("Event", k -> new java.util.TreeMap<>()).merge(day, 1L, Long::sum));
        byDay.forEach((kind, days) -> {
            long from = 0;
            for (var e : days.descendingMap().entrySet()) {
                from += e.getValue();
                Resource n = m.createResource(Iris.eventsFromDay(kind, e.getKey())).addProperty(RDF.type, NKG.EventsFromDay)
                        .addProperty(NKG.eventClass, m.createResource(NKG.NS + kind)).addLiteral(NKG.dayNumber, integer(e.getKey()));
                n.addLiteral(NKG.eventCount, integer(e.getValue()));
                n.addLiteral(NKG.eventsFromDay, integer(from));
            }
        });
        select(select, """
                SELECT DISTINCT ?x ?f WHERE {
                  VALUES ?f { nkg:killed nkg:injured }
                  ?x a nkg:Attack ; ?f ?v, ?w FILTER(!sameTerm(?v, ?w))
                }""", s -> m.add(s.getResource("x"), NKG.disputedFigure, s.getResource("f")));
        // A constant, not a count: which statistics the graph keeps, while it keeps any.
        if (!m.isEmpty()) {
            m.addLiteral(m.createResource(Iris.STATISTICS_GRAPH), NKG.statisticsVersion,
                    m.createTypedLiteral(Long.toString(StatisticsUpdate.VERSION), XSDDatatype.XSDinteger));
        }
        return m;
    }

    /** A date as the integer yyyymmdd, read from its value (not its text, unlike the code under test); 0 for none. */
    private static long dayNumber(RDFNode d) {
        return d != null && d.isLiteral() && d.asLiteral().getValue() instanceof XSDDateTime t ? t.getYears() * 10000L + t.getMonths() * 100L + t.getDays() : 0;
    }

    private static Literal integer(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void count(Model m, Resource x, Property p, RDFNode n) {
        m.add(x, p, m.createTypedLiteral(n.asLiteral().getLexicalForm(), XSDDatatype.XSDinteger));
    }

    /** Runs one query; {@code ?ours} stands for the start of the names of the graphs names are read from. */
    private static void select(java.util.function.BiConsumer<String, java.util.function.Consumer<QuerySolution>> select, String query,
                               java.util.function.Consumer<QuerySolution> row) {
        select.accept(PREFIXES + query, row);
    }
}
