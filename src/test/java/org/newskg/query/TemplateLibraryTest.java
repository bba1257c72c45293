package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLibraryTest {
    @TempDir
    Path dir;

    @Test
    void portableTemplatesTakeTheirNamesakesPlaceOnlyForAStoreWithoutTheSearchIndex() throws Exception {
        Files.writeString(dir.resolve("find.rq"), "#+ summary: with the index\nSELECT ?x WHERE { ?x ?p ?_name }\n");
        Files.writeString(dir.resolve("other.rq"), "#+ summary: other\nSELECT ?x WHERE { ?x ?p ?o }\n");
        Files.createDirectories(dir.resolve("portable"));
        Files.writeString(dir.resolve("portable/find.rq"), "#+ summary: without it\nSELECT ?x WHERE { ?x ?p ?_name }\n");

        TemplateLibrary indexed = TemplateLibrary.load(dir, true);
        TemplateLibrary plain = TemplateLibrary.load(dir, false);
        assertEquals("with the index", indexed.get("find").summary());
        assertEquals("without it", plain.get("find").summary());
        assertEquals("other", plain.get("other").summary());
        assertEquals(2, plain.all().size(), "a portable template is a variant, not one more");
        assertEquals("with the index", TemplateLibrary.load(dir).get("find").summary(), "the index is assumed");
    }

    @Test
    void eachBundledPortableTemplateTakesTheParametersOfItsNamesakeAndCallsNoIndex() {
        TemplateLibrary indexed = TemplateLibrary.load(null, true);
        TemplateLibrary plain = TemplateLibrary.load(null, false);
        int variants = 0;
        for (QueryTemplate t : plain.all()) {
            QueryTemplate namesake = indexed.get(t.name());
            if (t.sparql().equals(namesake.sparql())) continue;
            variants++;
            assertEquals(namesake.params().stream().map(TemplateParam::name).toList(), t.params().stream().map(TemplateParam::name).toList(), t.name());
            assertFalse(t.sparql().contains("text:query"), t.name());
            assertTrue(namesake.sparql().contains("text:query"), t.name() + " needs no variant");
        }
        assertEquals(2, variants, "find-by-name and search");
    }
}
