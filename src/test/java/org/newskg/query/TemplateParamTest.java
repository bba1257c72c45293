package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A variable's suffix gives its parameter's type, as grlc reads it. */
class TemplateParamTest {
    @Test
    void suffixesGiveTypes() {
        assertEquals(new TemplateParam("person", "_person_iri", TemplateParam.Type.IRI, true, null), TemplateParam.fromVariable("?_person_iri", null));
        assertEquals(TemplateParam.Type.DATE, TemplateParam.fromVariable("?__from_xsd_date", null).type());
        assertEquals(TemplateParam.Type.DATE, TemplateParam.fromVariable("?__from_date", null).type());
        assertEquals(TemplateParam.Type.INTEGER, TemplateParam.fromVariable("?__n_xsd_integer", null).type());
        assertEquals(TemplateParam.Type.DECIMAL, TemplateParam.fromVariable("?__n_number", null).type());
        TemplateParam topic = TemplateParam.fromVariable("?_topic", null);
        assertEquals(TemplateParam.Type.STRING, topic.type());
        assertEquals("string", topic.type().label());
        TemplateParam tagged = TemplateParam.fromVariable("?_name_en", null);
        assertEquals("name_en", tagged.name(), "an unknown suffix stays part of the name");
        assertEquals(TemplateParam.Type.STRING, tagged.type());
        assertNull(TemplateParam.fromVariable("?plain", null));
    }

    @Test
    void searchSuffixesTakeWordsForTheIndex() {
        TemplateParam words = TemplateParam.fromVariable("?_words_text", null);
        assertEquals("words", words.name());
        assertEquals(TemplateParam.Type.TEXT, words.type());
        TemplateParam name = TemplateParam.fromVariable("?_name_prefix", null);
        assertEquals("name", name.name());
        assertEquals(TemplateParam.Type.PREFIX, name.type());
        assertThrows(IllegalArgumentException.class, () -> TemplateParam.fromVariable("?__x_xsd_text", null),
                "text is newskg's suffix, not an XSD type");
    }

    @Test
    void anXsdTypeTemplatesDoNotBindIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TemplateParam.fromVariable("?__year_xsd_gyear", null));
        assertTrue(e.getMessage().contains("xsd:gyear"), e.getMessage());
    }
}
