package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.newskg.query.NetworkGexf;
import org.newskg.query.TemplateException;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateRunner;

/**
 * {@code /network.gexf}: the network page's graph (the {@code network-edges} template, with the same
 * {@code actor} and {@code min} parameters) as GEXF 1.3, which Gephi opens. Nodes carry their label
 * and kind, edges their relation and number of events as weight.
 */
final class NetworkGexfServlet extends HttpServlet {
    static final String TEMPLATE = "network-edges";
    private static final String DESCRIPTION = "Who met whom, who attacked where, who proposed, accepted or rejected which negotiation; weight = events";
    private final TemplateLibrary library;
    private final TemplateRunner runner;

    NetworkGexfServlet(TemplateLibrary library, TemplateRunner runner) {
        this.library = library;
        this.runner = runner;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Map<String, String> args = new LinkedHashMap<>();
        for (String name : new String[] {"actor", "min"}) {
            String v = req.getParameter(name);
            if (v != null && !v.isBlank()) args.put(name, v);
        }
        ResultSet rows;
        try {
            rows = runner.run(library.get(TEMPLATE), args);
        } catch (TemplateException e) {
            res.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query timed out after " + runner.timeoutMillis() / 1000 + " s (serve --timeout)");
            return;
        }
        res.setContentType("application/gexf+xml; charset=utf-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"newskg-network.gexf\"");
        try {
            NetworkGexf.write(NetworkGexf.edges(rows), DESCRIPTION, res.getOutputStream());
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }
}
