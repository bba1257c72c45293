package org.newskg.store;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** Validates the fused graph of a store against the SHACL shapes of {@code ontology/shapes.ttl}. */
public final class StoreValidator {
    /** One violation, in words. */
    public record Violation(String focusNode, String path, String value, String message) {
        @Override
        public String toString() {
            return focusNode + (path == null ? "" : " " + path) + (value == null ? "" : " = " + value) + ": " + message;
        }
    }

    private static final String SHAPES = "/newskg/ontology/shapes.ttl";
    private final Shapes shapes;

    public StoreValidator() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = StoreValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) throw new IllegalStateException("missing resource " + SHAPES);
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        shapes = Shapes.parse(g);
    }

    /** Every violation in the store; empty when it conforms. */
    public List<Violation> validate(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> validate(store.dataset().getUnionModel().getGraph()));
    }

    public List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(str(e.focusNode()), e.resultPath() == null ? null : e.resultPath().toString(),
                    str(e.value()), e.message()));
        }
        return out;
    }

    private static String str(Node n) {
        if (n == null) return null;
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
