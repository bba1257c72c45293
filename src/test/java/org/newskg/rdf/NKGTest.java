package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The vocabulary class and the ontology file declare the same terms. */
class NKGTest {
    @Test
    void vocabularyConstantsMatchTheOntology() throws IllegalAccessException {
        Model onto = RDFDataMgr.loadModel("ontology/newskg.ttl");
        Set<String> declared = new TreeSet<>();
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}) {
            onto.listSubjectsWithProperty(RDF.type, type).forEach(r -> {
                if (r.isURIResource() && r.getURI().startsWith(NKG.NS)) declared.add(r.getLocalName());
            });
        }
        Set<String> constants = new TreeSet<>();
        for (Field f : NKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof RDFNode n && n.isURIResource()
                    && n.asResource().getURI().startsWith(NKG.NS)) {
                constants.add(n.asResource().getLocalName());
            }
        }
        assertEquals(declared, constants);
    }
}
