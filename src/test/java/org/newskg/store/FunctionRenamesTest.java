package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class FunctionRenamesTest {
    private static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";
    private static final Query NEAR = QueryFactory.create("""
            PREFIX math: <http://www.w3.org/2005/xpath-functions/math#>
            SELECT (math:pi() AS ?pi) ?km WHERE {
              { SELECT (2 * math:asin(math:sqrt(?h)) AS ?km) WHERE { BIND(math:sin(?x) AS ?h) FILTER(math:cos(?x) > 0) } }
              FILTER(STRSTARTS(STR(?km), "1") && ABS(?km) < 10)
            }
            ORDER BY DESC(math:cos(?km))""");

    @Test
    void functionsOfARenamedNamespaceAreCalledByTheStoresNamesEverywhereInTheQuery() {
        String sent = FunctionRenames.apply(NEAR, Map.of(MATH, "bif:")).toString();
        assertFalse(sent.lines().filter(line -> !line.startsWith("PREFIX")).anyMatch(line -> line.contains("math:") || line.contains(MATH)), sent);
        for (String call : new String[] {"<bif:pi>()", "<bif:asin>(<bif:sqrt>(?h))", "<bif:sin>(?x)", "<bif:cos>(?x)", "<bif:cos>(?km)"}) {
            assertTrue(sent.contains(call), call + " in " + sent);
        }
        assertTrue(sent.contains("strstarts(str(?km), \"1\")") && sent.contains("abs(?km)"), "built-in functions stay: " + sent);
    }

    @Test
    void theLongerOfTwoNestedNamespacesDecides() {
        String sent = FunctionRenames.apply(NEAR, Map.of("http://www.w3.org/", "w3:", MATH, "bif:")).toString();
        assertTrue(sent.contains("<bif:sin>(?x)"), sent);
    }

    @Test
    void withoutRenamesTheQueryIsSentAsItIs() {
        assertSame(NEAR, FunctionRenames.apply(NEAR, Map.of()));
        assertEquals(NEAR.toString(), FunctionRenames.apply(NEAR, Map.of("urn:other:", "bif:")).toString());
    }
}
