package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** A table for a terminal: names, plain values, within its width. */
class TextTableTest {
    private static ResultSet rows(String values) {
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createDefaultModel()).query("""
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                SELECT * WHERE { VALUES (?who ?date ?distance ?sentence) { %s } }""".formatted(values)).build()) {
            return ResultSetFactory.copyResults(qe.execSelect());
        }
    }

    private static final String ROW = """
            (<https://w3id.org/newskg/id/person/ana-ruiz> "2025-03-11"^^xsd:date "256.5e0"^^xsd:double
             "Foreign Minister Ana Ruiz met Tomas Berg in Valletta on Monday, officials said, after weeks of talks.")""";

    @Test
    void namesOurIrisByTheirLabelsElseByTheirPathAndWritesValuesPlainly() {
        String named = TextTable.render(rows(ROW), 500, Map.of("https://w3id.org/newskg/id/person/ana-ruiz", "Ana Ruiz")::get);
        assertTrue(named.lines().anyMatch(l -> l.matches("Ana Ruiz\\s+2025-03-11\\s+256\\.5\\s+Foreign Minister.*")), named);
        String unnamed = TextTable.render(rows(ROW), 500, iri -> null);
        assertTrue(unnamed.contains("person/ana-ruiz") && !unnamed.contains("https://") && !unnamed.contains("^^"), unnamed);
        assertTrue(unnamed.endsWith("1 row\n"));
    }

    @Test
    void fitsTheWidthByCuttingTheWidestColumnsAndKeepsShortOnesWhole() {
        String table = TextTable.render(rows(ROW), 60, iri -> null);
        List<String> lines = table.lines().toList();
        for (String line : lines) assertTrue(line.length() <= 60, line.length() + ": " + line);
        assertTrue(lines.get(2).contains("2025-03-11"), "a date is kept whole: " + lines.get(2));
        assertTrue(lines.get(2).contains("…"), "the sentence is cut: " + lines.get(2));
        assertEquals(lines.get(0).indexOf("date"), lines.get(2).indexOf("2025"), "columns line up");
    }
}
