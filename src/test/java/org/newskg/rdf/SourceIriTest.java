package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.TestExtractions;

/**
 * {@code dct:source} is written only for an absolute http(s) URL: anything else would not be an IRI. Its
 * registrable domain is the article's outlet.
 */
class SourceIriTest {
    private final ExtractionMapper mapper = new ExtractionMapper();

    @Test
    void aUrlThatIsNoAbsoluteWebUrlIsNotWrittenAsAnIri() {
        for (String url : new String[] {"/", "/world/a", "javascript:alert(1)", "mailto:desk@news.example", "https://a b/"}) {
            Model m = mapper.map(TestExtractions.meeting(url, "Talks")).model();
            assertFalse(m.contains(null, DCTerms.source), url + " written as " + m.listObjectsOfProperty(DCTerms.source).toList());
            for (Lang lang : new Lang[] {Lang.NTRIPLES, Lang.TURTLE}) assertEquals(m.size(), strictlyParsed(m, lang).size(), url + " in " + lang);
        }
    }

    @Test
    void anAbsoluteWebUrlIsTheSource() {
        Model m = mapper.map(TestExtractions.meeting("https://news.example/world/a", "Talks")).model();
        assertEquals("https://news.example/world/a", m.listObjectsOfProperty(DCTerms.source).next().asResource().getURI());
    }

    @Test
    void theOutletIsTheRegistrableDomainOfTheSource() {
        Model m = mapper.map(TestExtractions.meeting("https://www.news.example.co.uk/world/a", "Talks")).model();
        assertEquals(List.of("https://w3id.org/newskg/id/outlet/example.co.uk"),
                m.listObjectsOfProperty(NKG.outlet).mapWith(o -> o.asResource().getURI()).toList(), "co.uk is a public suffix");
        assertTrue(m.contains(m.getResource("https://w3id.org/newskg/id/outlet/example.co.uk"), RDFS.label, "example.co.uk"));
        for (Lang lang : new Lang[] {Lang.NTRIPLES, Lang.TURTLE}) assertEquals(m.size(), strictlyParsed(m, lang).size(), "outlet in " + lang);
    }

    @Test
    void anArticleWithoutWebAddressHasNoOutlet() {
        assertFalse(mapper.map(TestExtractions.meeting("/world/a", "Talks")).model().contains(null, NKG.outlet));
    }

    private static Model strictlyParsed(Model m, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, lang);
        Model back = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).strict(true).parse(back);
        return back;
    }
}
