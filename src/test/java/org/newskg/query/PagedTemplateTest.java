package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** A template declaring {@code #+ pagination: N} answers N rows a page, the page picked by {@code page}. */
class PagedTemplateTest {
    private static final String HEAD = """
            #+ summary: things
            #+ pagination: 3
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    /** Seven things labelled t1..t7. */
    private static TemplateRunner runner() {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 1; i <= 7; i++) m.createResource("http://example.org/t" + i).addProperty(RDFS.label, "t" + i);
        Dataset ds = DatasetFactory.create(m);
        return new TemplateRunner(ds, 10_000);
    }

    private static List<String> labels(ResultSetRewindable rs) {
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(row -> out.add(row.getLiteral("label").getString()));
        return out;
    }

    @Test
    void aPagedTemplateTakesAPageParameterThatDefaultsToTheFirst() {
        QueryTemplate t = QueryTemplate.parse("things", HEAD + "SELECT ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label");
        assertEquals(3, t.pagination());
        assertEquals("1", t.param(QueryTemplate.PAGE).defaultValue());
        assertEquals(List.of("t1", "t2", "t3"), labels(runner().run(t, Map.of())));
        assertEquals(List.of("t4", "t5", "t6"), labels(runner().run(t, Map.of("page", "2"))));
        assertEquals(List.of("t7"), labels(runner().run(t, Map.of("page", "3"))));
        assertEquals(List.of(), labels(runner().run(t, Map.of("page", "4"))));
    }

    @Test
    void thePageAppliesToTheSubqueryThatPicksIt() {
        // The page is chosen inside (LIMIT = the page size), its details gathered outside: the
        // outer query keeps no LIMIT of its own that would cut page 2 to nothing.
        String sparql = HEAD + """
                SELECT ?label (STRLEN(?label) AS ?length) WHERE {
                  { SELECT ?label WHERE { { SELECT ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label LIMIT 3 } } }
                }
                ORDER BY ?label
                """;
        QueryTemplate t = QueryTemplate.parse("things", sparql);
        assertEquals(List.of("t4", "t5", "t6"), labels(runner().run(t, Map.of("page", "2"))));
    }

    @Test
    void aPagedTemplateKnowsHowManyRowsItsPageEndsAfter() {
        // A template that picks its candidates from ranked statistics must cover every row up to the
        // end of the page asked for, not just one page's worth.
        String sparql = HEAD + """
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                SELECT ?label WHERE {
                  { SELECT ?label WHERE { ?s rdfs:label ?label FILTER(xsd:integer(SUBSTR(?label, 2)) <= ?pageEnd) } ORDER BY ?label LIMIT 3 }
                }
                """;
        QueryTemplate t = QueryTemplate.parse("things", sparql);
        assertEquals(List.of("t1", "t2", "t3"), labels(runner().run(t, Map.of())));
        assertEquals(List.of("t4", "t5", "t6"), labels(runner().run(t, Map.of("page", "2"))), "things up to 6 on page 2");
    }

    @Test
    void aPageThatIsNotAPositiveNumberIsAClearError() {
        QueryTemplate t = QueryTemplate.parse("things", HEAD + "SELECT ?label WHERE { ?s rdfs:label ?label }");
        for (String bad : List.of("0", "-1", "two", "1 OFFSET 0")) {
            TemplateException e = assertThrows(TemplateException.class, () -> runner().bind(t, Map.of("page", bad)));
            assertTrue(e.getMessage().contains("\"page\""), e.getMessage());
        }
    }

    @Test
    void aTemplateWithoutPaginationHasNoPageParameter() {
        QueryTemplate t = QueryTemplate.parse("things", "SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }");
        assertEquals(0, t.pagination());
        assertThrows(TemplateException.class, () -> runner().bind(t, Map.of("page", "2")));
    }

    @Test
    void aBadPaginationHeaderIsRejectedWithTheTemplateName() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> QueryTemplate.parse("things", "#+ pagination: lots\nSELECT * WHERE { ?s ?p ?o }"));
        assertTrue(e.getMessage().contains("things"), e.getMessage());
    }
}
