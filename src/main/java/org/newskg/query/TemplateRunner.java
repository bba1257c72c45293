package org.newskg.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.NKG;

/**
 * Binds a template's parameters with {@link ParameterizedSparqlString} (never by splicing text) and
 * runs it. An IRI parameter also takes a name: "Ruiz" or "Paris" is looked up among labels and
 * variants, a main label before a variant, then the most mentioned match.
 */
public final class TemplateRunner {
    /** Rows a template returns at most. */
    public static final int MAX_ROWS = 10_000;
    private static final String SCHEME = "[a-zA-Z][a-zA-Z0-9+.-]*:.*";

    /** Runs a SELECT where the data is: an embedded dataset, or a remote endpoint. */
    public interface Endpoint {
        ResultSetRewindable select(Query q, long timeoutMillis);
    }

    /**
     * In a paged template, {@code ?pageEnd} is the number of rows up to the end of the page asked for
     * (page times page size): what a template that ranks its candidates from statistics must cover.
     */
    public static final String PAGE_END = "pageEnd";

    private final Endpoint endpoint;
    private final long timeoutMillis;

    public TemplateRunner(Dataset ds, long timeoutMillis) {
        this((q, t) -> Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).timeout(t, TimeUnit.MILLISECONDS).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        }), timeoutMillis);
    }

    public TemplateRunner(Endpoint endpoint, long timeoutMillis) {
        this.endpoint = endpoint;
        this.timeoutMillis = timeoutMillis;
    }

    /** How long a template may run before it is cancelled. */
    public long timeoutMillis() {
        return timeoutMillis;
    }

    /** The template's query with the arguments bound; unknown, missing or ill-typed arguments are errors. */
    public Query bind(QueryTemplate t, Map<String, String> args) {
        for (String name : args.keySet()) {
            if (t.param(name) == null) {
                throw new TemplateException("unknown parameter \"" + name + "\" for " + t.name() + " (expected: "
                        + String.join(", ", t.params().stream().map(TemplateParam::name).toList()) + ")");
            }
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(t.sparql());
        for (TemplateParam p : t.params()) {
            String value = args.get(p.name());
            if (value == null || value.isBlank()) {
                if (p.required()) throw new TemplateException("missing parameter \"" + p.name() + "\" (" + p.type().label() + ") for " + t.name());
                continue;
            }
            if (t.pagination() == 0 || !p.name().equals(QueryTemplate.PAGE)) bindOne(pss, p, value.strip());
        }
        // A template without pagination may have a parameter of its own called "page".
        long page = t.pagination() > 0 ? page(args.get(QueryTemplate.PAGE)) : 1;
        if (t.pagination() > 0) pss.setLiteral(PAGE_END, page * t.pagination());
        Query q;
        try {
            q = pss.asQuery();
        } catch (QueryException e) {
            throw new TemplateException("template " + t.name() + " is not valid SPARQL: " + e.getMessage());
        }
        if (!q.isSelectType()) throw new TemplateException("template " + t.name() + " is not a SELECT query");
        if (t.pagination() > 0) Pages.select(q, t.pagination(), page);
        if (!q.hasLimit() || q.getLimit() > MAX_ROWS) q.setLimit(MAX_ROWS);
        return q;
    }

    private static long page(String value) {
        if (value == null || value.isBlank()) return 1;
        if (!value.strip().matches("[1-9]\\d{0,5}")) throw new TemplateException("parameter \"page\" must be a page number from 1, got \"" + value + "\"");
        return Long.parseLong(value.strip());
    }

    private void bindOne(ParameterizedSparqlString pss, TemplateParam p, String value) {
        switch (p.type()) {
            case IRI -> pss.setIri(p.variable(), iri(p, value));
            case STRING -> pss.setLiteral(p.variable(), value);
            case TEXT, PREFIX -> {
                String query = p.type() == TemplateParam.Type.TEXT ? SearchWords.allOf(value) : SearchWords.prefixesOf(value);
                if (query.isEmpty()) throw new TemplateException("parameter \"" + p.name() + "\" needs at least one word, got \"" + value + "\"");
                pss.setLiteral(p.variable(), query);
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new TemplateException("parameter \"" + p.name() + "\" must be a date YYYY-MM-DD, got \"" + value + "\"");
                }
                pss.setLiteral(p.variable(), value, XSDDatatype.XSDdate);
            }
            case INTEGER -> {
                if (!value.matches("-?\\d{1,18}")) throw new TemplateException("parameter \"" + p.name() + "\" must be an integer, got \"" + value + "\"");
                pss.setLiteral(p.variable(), value, XSDDatatype.XSDinteger);
            }
            case DATETIME, DECIMAL, BOOLEAN -> {
                // The datatype itself, not one looked up by the lower-case name: "datetime" would be an unknown type
                // that matches no xsd:dateTime in the data (and checks nothing).
                XSDDatatype dt = switch (p.type()) {
                    case DATETIME -> XSDDatatype.XSDdateTime;
                    case DECIMAL -> XSDDatatype.XSDdecimal;
                    default -> XSDDatatype.XSDboolean;
                };
                if (!dt.isValid(value)) throw new TemplateException("parameter \"" + p.name() + "\" is not a valid xsd:" + dt.getURI().substring(XSDDatatype.XSD.length() + 1) + ": \"" + value + "\"");
                pss.setLiteral(p.variable(), value, dt);
            }
        }
    }

    /** An IRI as given, checked; or the entity a name labels. */
    private String iri(TemplateParam p, String value) {
        if (value.matches(SCHEME)) {
            try {
                IRIx iri = IRIx.create(value);
                if (!iri.isAbsolute() || value.matches(".*[\\s<>\"{}|\\\\^`].*")) throw new IRIException("not an absolute IRI");
                return value;
            } catch (IRIException e) {
                throw new TemplateException("parameter \"" + p.name() + "\" is not a valid IRI: \"" + value + "\"");
            }
        }
        // The search index gives the candidates at once; a store without one (a remote store that is
        // not newskg's) is scanned instead.
        String words = SearchWords.allOf(value);
        String found = words.isEmpty() ? null : named(value, words);
        if (found == null) found = named(value, null);
        if (found == null) throw new TemplateException("parameter \"" + p.name() + "\": nothing in the store is named \"" + value + "\"");
        return found;
    }

    /**
     * The entity labelled {@code name} (a main label before a variant, then the most mentioned), found
     * through the index for {@code words}, with the statistics graph's article count; or, when
     * {@code words} is null, by a scan that counts the articles itself (a store that is not newskg's).
     */
    private String named(String name, String words) {
        ParameterizedSparqlString lookup = new ParameterizedSparqlString("""
                PREFIX text: <http://jena.apache.org/text#>
                SELECT ?x (MAX(?main) AS ?byName) #ARTICLES WHERE {
                  #CANDIDATES
                  ?x ?label ?l . FILTER(?label = ?rdfsLabel || ?label = ?altLabel)
                  FILTER(LCASE(STR(?l)) = LCASE(?name))
                  BIND(IF(?label = ?rdfsLabel, 1, 0) AS ?main)
                  #MENTIONS
                } GROUP BY ?x ORDER BY DESC(?byName) DESC(?n) ?x LIMIT 1"""
                .replace("#CANDIDATES", words == null ? "" : "(?x ?score ?l) text:query (?knownName ?words 1000) .")
                .replace("#ARTICLES", words == null ? "(COUNT(DISTINCT ?a) AS ?n)" : "(MAX(?sources) AS ?n)")
                .replace("#MENTIONS", words == null ? "OPTIONAL { ?x ?mentionedIn ?a }" : "OPTIONAL { ?x ?sourceCount ?sources }"));
        lookup.setIri("rdfsLabel", RDFS.label.getURI());
        lookup.setIri("altLabel", SKOS.altLabel.getURI());
        lookup.setIri("mentionedIn", NKG.mentionedIn.getURI());
        lookup.setIri("knownName", NKG.knownName.getURI());
        lookup.setIri("sourceCount", NKG.sourceCount.getURI());
        lookup.setLiteral("name", name);
        if (words != null) lookup.setLiteral("words", words);
        ResultSet rs = endpoint.select(lookup.asQuery(), timeoutMillis);
        if (!rs.hasNext()) return null;
        QuerySolution s = rs.next();
        return s.getResource("x") == null ? null : s.getResource("x").getURI();
    }

    /** Runs the template and returns its rows (at most {@link #MAX_ROWS}), read in one transaction. */
    public ResultSetRewindable run(QueryTemplate t, Map<String, String> args) {
        return endpoint.select(bind(t, args), timeoutMillis);
    }
}
