package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.id.Iris;
import org.newskg.rdf.NKG;

/**
 * Dereferenceable IRIs: {@code GET /id/person/ana-ruiz} describes
 * {@code https://w3id.org/newskg/id/person/ana-ruiz} as Turtle, JSON-LD or an HTML page, by the
 * Accept header (HTML for browsers): its statements, what points to it, and its evidence sentences.
 */
final class EntityServlet extends HttpServlet {
    /** Path segments of minted IRIs: nothing that could climb out of /id/. */
    private static final String SAFE_PATH = "/[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)+";
    /** Statements pointing to the entity per page: a country can be linked from thousands of events. */
    static final int PAGE_SIZE = 50;
    private final Dataset ds;
    private final long timeoutMillis;
    private final ConfidenceSection confidence;

    /** Pages are built under the server's query timeout: over it, 503. */
    EntityServlet(Dataset ds, long timeoutMillis, ConfidenceSection confidence) {
        this.ds = ds;
        this.timeoutMillis = timeoutMillis;
        this.confidence = confidence;
    }

    /** The path on this server of one of our IRIs, or null for other IRIs. */
    static String localPath(String iri) {
        return iri.startsWith(Iris.BASE) ? "/id/" + iri.substring(Iris.BASE.length()) : null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = Html.safePathInfo(req, SAFE_PATH);
        if (path == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no such entity");
            return;
        }
        LinkedData.Representation suffix = LinkedData.bySuffix(path);
        if (suffix != null) path = path.substring(0, path.length() - suffix.suffix.length() - 1);
        LinkedData.Representation given = suffix != null ? suffix
                : LinkedData.negotiate(req.getHeader("Accept"), List.of(LinkedData.Representation.values()));
        if (given == null) {
            res.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "an entity is given as text/html, text/turtle, application/ld+json or "
                    + "application/n-triples (or by the suffix .html, .ttl, .jsonld, .nt)");
            return;
        }
        String iri = Iris.BASE + path.substring(1);
        String pageParam = req.getParameter("page");
        if (pageParam != null && !pageParam.matches("[1-9]\\d{0,5}")) {
            res.sendError(HttpServletResponse.SC_BAD_REQUEST, "page must be a number from 1");
            return;
        }
        int page = pageParam == null ? 1 : Integer.parseInt(pageParam);
        long deadline = System.currentTimeMillis() + timeoutMillis;
        Model m;
        boolean more;
        try {
            boolean[] next = new boolean[1];
            m = Txn.calculateRead(ds, () -> describe(iri, page, deadline, next));
            more = next[0];
        } catch (QueryCancelledException e) {
            res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "entity page timed out after " + timeoutMillis / 1000 + " s (serve --timeout)");
            return;
        }
        if (m.isEmpty()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no entity " + iri);
            return;
        }
        String self = "/id" + path;
        if (suffix == null) res.setHeader("Vary", "Accept");
        res.addHeader("Link", LinkedData.alternates(self, given));
        String pageSuffix = suffix == null ? "" : "." + suffix.suffix;
        if (more) res.addHeader("Link", "<" + self + pageSuffix + "?page=" + (page + 1) + ">; rel=\"next\"");
        if (page > 1) res.addHeader("Link", "<" + self + pageSuffix + "?page=" + (page - 1) + ">; rel=\"prev\"");
        if (given != LinkedData.Representation.HTML) {
            res.setContentType(given.mediaType + "; charset=utf-8");
            LinkedData.write(m, given, res.getOutputStream());
        } else {
            Resource r = m.getResource(iri);
            DossierReads.Extra extra;
            String sure;
            try {
                extra = DossierReads.read(ds, r, deadline);
                sure = confidence.render(iri);
            } catch (QueryCancelledException e) {
                res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "entity page timed out after " + timeoutMillis / 1000 + " s (serve --timeout)");
                return;
            }
            res.setContentType("text/html; charset=utf-8");
            res.getWriter().write(DossierPage.render(m, r, extra, sure, self + pageSuffix, page, more));
        }
    }

    /**
     * The entity's statements in the fused graph, the labels of what it links to, its evidence, and one
     * page of who links to it ({@code next[0]} tells whether there is another), all by {@code deadline}.
     */
    private Model describe(String iri, int page, long deadline, boolean[] next) {
        Model union = ds.getUnionModel();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(ds.getDefaultModel().getNsPrefixMap());
        Resource r = union.getResource(iri);
        for (Statement s : r.listProperties().toList()) {
            checkTime(deadline);
            m.add(s);
            if (s.getObject().isURIResource()) {
                Resource o = s.getResource();
                o.listProperties(RDFS.label).forEach(m::add);
                o.listProperties(DCTerms.title).forEach(m::add);
                if (s.getPredicate().equals(NKG.evidence)) o.listProperties().forEach(m::add);
            }
        }
        if (m.isEmpty()) return m;
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT ?s ?p ?label WHERE {
                  ?s ?p ?x FILTER(?p != ?mentionedIn && ?p != ?source)
                  OPTIONAL { ?s ?rdfsLabel ?label }
                } ORDER BY ?s ?p ?label""");
        q.setIri("x", iri);
        q.setIri("mentionedIn", NKG.mentionedIn.getURI());
        q.setIri("source", NKG.source.getURI());
        q.setIri("rdfsLabel", RDFS.label.getURI());
        Query query = q.asQuery();
        query.setOffset((long) (page - 1) * PAGE_SIZE);
        query.setLimit(PAGE_SIZE + 1);
        long left = Math.max(1, deadline - System.currentTimeMillis());
        int rows = 0;
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).timeout(left, TimeUnit.MILLISECONDS).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                if (++rows > PAGE_SIZE) {
                    next[0] = true;
                    break;
                }
                Resource s = row.getResource("s");
                m.add(s, m.createProperty(row.getResource("p").getURI()), r);
                if (row.get("label") != null) m.add(s, RDFS.label, row.get("label"));
            }
        }
        return m;
    }

    private static void checkTime(long deadline) {
        if (System.currentTimeMillis() > deadline) throw new QueryCancelledException();
    }
}
