package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NKG;

/**
 * The ontology at its namespace's path: {@code /ontology} gives the bundled {@code newskg.ttl} as
 * Turtle, JSON-LD, N-Triples or a page of its classes and properties, by {@code Accept} or suffix
 * (406 for anything else), and {@code /ontology/context.jsonld} the JSON-LD context of our data.
 */
final class OntologyServlet extends HttpServlet {
    private final Model ontology = ModelFactory.createDefaultModel();

    OntologyServlet() {
        try (InputStream in = OntologyServlet.class.getResourceAsStream("/newskg/ontology/newskg.ttl")) {
            if (in == null) throw new IllegalStateException("missing resource /newskg/ontology/newskg.ttl");
            RDFDataMgr.read(ontology, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (path.equals("/ontology/context.jsonld")) {
            res.setContentType("application/ld+json; charset=utf-8");
            res.getOutputStream().write(LinkedData.context());
            return;
        }
        LinkedData.Representation suffix = LinkedData.bySuffix(path);
        boolean document = path.equals("/ontology") || path.equals("/ontology/") || suffix != null && path.equals("/ontology." + suffix.suffix);
        if (!document) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no such ontology document: " + path);
            return;
        }
        LinkedData.Representation given = suffix != null ? suffix
                : LinkedData.negotiate(req.getHeader("Accept"), List.of(LinkedData.Representation.values()));
        if (given == null) {
            res.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "the ontology is given as text/html, text/turtle, application/ld+json or application/n-triples");
            return;
        }
        if (suffix == null) res.setHeader("Vary", "Accept");
        res.addHeader("Link", LinkedData.alternates("/ontology", given));
        if (given == LinkedData.Representation.HTML) {
            res.setContentType("text/html; charset=utf-8");
            res.getWriter().write(page());
        } else {
            res.setContentType(given.mediaType + "; charset=utf-8");
            LinkedData.write(ontology, given, res.getOutputStream());
        }
    }

    /** Each class and property with its label and comment, in name order. */
    private String page() {
        StringBuilder b = new StringBuilder("<p>Namespace <code>").append(Html.esc(NKG.NS)).append("</code>; as ")
                .append(Html.link("/ontology.ttl", "Turtle")).append(", ").append(Html.link("/ontology.jsonld", "JSON-LD"))
                .append("; the JSON-LD context of the data: ").append(Html.link("/ontology/context.jsonld", "context.jsonld")).append(".</p>");
        section(b, "Classes", OWL.Class);
        section(b, "Object properties", OWL.ObjectProperty);
        section(b, "Data properties", OWL.DatatypeProperty);
        return Html.page("newskg ontology", b.toString());
    }

    private void section(StringBuilder b, String title, Resource type) {
        b.append("<h2>").append(title).append("</h2><dl>");
        ontology.listSubjectsWithProperty(RDF.type, type).toList().stream().filter(Resource::isURIResource)
                .sorted(Comparator.comparing(Resource::getLocalName)).forEach(t -> {
                    b.append("<dt id=\"").append(Html.esc(t.getLocalName())).append("\"><code>nkg:").append(Html.esc(t.getLocalName()))
                            .append("</code> ").append(Html.esc(t.hasProperty(RDFS.label) ? t.getProperty(RDFS.label).getString() : ""))
                            .append("</dt><dd>").append(Html.esc(t.hasProperty(RDFS.comment) ? t.getProperty(RDFS.comment).getString() : ""))
                            .append("</dd>");
                });
        b.append("</dl>");
    }
}
