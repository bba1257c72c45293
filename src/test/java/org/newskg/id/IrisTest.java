package org.newskg.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

/** Person IRIs for names in any script: one per name, valid, the same every time. */
class IrisTest {
    /** Two Russian people, a Greek, an Arabic and a Chinese name (made up for the test), and a Latin one. */
    private static final List<String> NAMES = List.of(
            "Иван Петров", "Пётр Иванов", "Γιώργος Παπαδόπουλος", "محمد عبد الله", "王小明", "Ivan Petrov");

    @Test
    void namesInOtherScriptsGetDistinctValidAbsoluteIris() {
        Set<String> iris = new HashSet<>();
        for (String name : NAMES) {
            String iri = Iris.actor("Person", name);
            assertTrue(iris.add(iri), name + " shares " + iri);
            assertTrue(IRIx.create(iri).isAbsolute(), iri);
            assertTrue(iri.matches("[\\x21-\\x7e]+"), "plain ASCII, no percent-escapes to get wrong: " + iri);
            assertFalse(iri.endsWith("/_"), iri);
        }
    }

    @Test
    void theSlugReadsAsTheNameInLatinLetters() {
        assertTrue(Iris.slug("Иван Петров").startsWith("ivan-petrov_"), Iris.slug("Иван Петров"));
        assertTrue(Iris.slug("王小明").startsWith("wang-xiao-ming_"), Iris.slug("王小明"));
    }

    @Test
    void theSameNameTwiceGivesTheSameIri() {
        for (String name : NAMES) assertEquals(Iris.actor("Person", name), Iris.actor("Person", new String(name.toCharArray())));
        // Composed and decomposed forms of one name are one name.
        assertEquals(Iris.slug("Пётр Иванов"), Iris.slug(java.text.Normalizer.normalize("Пётр Иванов", java.text.Normalizer.Form.NFD)));
    }

    @Test
    void aNameInCyrillicNeverTakesTheIriOfItsLatinSpelling() {
        assertNotEquals(Iris.slug("Ivan Petrov"), Iris.slug("Иван Петров"));
        assertEquals("ivan-petrov", Iris.slug("Ivan Petrov"));
    }

    @Test
    void latinNamesKeepTheirIris() {
        assertEquals("jose-maria-aldana", Iris.slug("José-María Aldana"));
        assertEquals("sean-obrien", Iris.slug("Seán O’Brien"));
        // Letters NFKD cannot take apart are read, not dropped ("ukasz").
        assertEquals("lukasz-walesa", Iris.slug("Łukasz Wałęsa"));
    }

    @Test
    void aNameWithNoLettersStillGetsAnIriOfItsOwn() {
        assertNotEquals(Iris.slug("?!"), Iris.slug("…"));
        assertTrue(Iris.slug("?!").startsWith("_"));
    }
}
