package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/** A typed parameter is bound as the XSD literal its type names, so it matches data of that type. */
class TypedParameterTest {
    private static final String P = "https://example.org/at";

    @Test
    void eachXsdTypeBindsItsOwnDatatypeAndMatchesDataOfThatType() {
        Dataset ds = DatasetFactory.createTxnMem();
        Model m = ds.getDefaultModel();
        m.createResource("https://example.org/when").addLiteral(m.createProperty(P), m.createTypedLiteral("2025-06-02T10:00:00Z", XSDDatatype.XSDdateTime));
        m.createResource("https://example.org/share").addLiteral(m.createProperty(P), m.createTypedLiteral("0.5", XSDDatatype.XSDdecimal));
        m.createResource("https://example.org/flag").addLiteral(m.createProperty(P), m.createTypedLiteral("true", XSDDatatype.XSDboolean));
        TemplateRunner runner = new TemplateRunner(ds, 10_000);
        assertMatches(runner, "datetime", "2025-06-02T10:00:00Z", "when");
        assertMatches(runner, "decimal", "0.5", "share");
        assertMatches(runner, "boolean", "true", "flag");
    }

    @Test
    void aValueNotOfTheTypeIsRefusedByName() {
        TemplateRunner runner = new TemplateRunner(DatasetFactory.createTxnMem(), 10_000);
        TemplateException e = assertThrows(TemplateException.class, () -> runner.bind(template("datetime"), Map.of("v", "next Tuesday")));
        assertTrue(e.getMessage().contains("\"v\"") && e.getMessage().contains("next Tuesday"), e.getMessage());
    }

    private static void assertMatches(TemplateRunner runner, String type, String value, String subject) {
        var rows = runner.run(template(type), Map.of("v", value));
        assertTrue(rows.hasNext(), type + " " + value + " matched nothing: " + runner.bind(template(type), Map.of("v", value)));
        assertEquals("https://example.org/" + subject, rows.next().getResource("s").getURI());
    }

    private static QueryTemplate template(String type) {
        return QueryTemplate.parse("typed", "#+ summary: typed\nSELECT ?s WHERE { ?s <" + P + "> ?_v_xsd_" + type + " }\n");
    }
}
