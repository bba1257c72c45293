package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.query.QueryTemplate;
import org.newskg.query.TemplateException;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateParam;
import org.newskg.query.TemplateRunner;

/**
 * {@code GET /queries}: every saved template with a form for its parameters; submitting one shows
 * its rows as a table under its form, and a link opens the bound query in the Fuseki console.
 */
final class QueriesPageServlet extends HttpServlet {
    private final TemplateLibrary library;
    private final TemplateRunner runner;
    private final String dataset;

    QueriesPageServlet(TemplateLibrary library, TemplateRunner runner, String dataset) {
        this.library = library;
        this.runner = runner;
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String chosen = req.getParameter("template");
        StringBuilder body = new StringBuilder("<p>Questions saved as SPARQL templates in <code>queries/</code>. "
                + "Fill a form and run it; names are looked up among labels and variants.</p>");
        for (QueryTemplate t : library.all()) {
            boolean active = t.name().equals(chosen);
            body.append("<section id=\"").append(Html.esc(t.name())).append("\"><h2>").append(Html.esc(t.name()))
                    .append("</h2><p>").append(Html.esc(t.summary())).append("</p>");
            body.append("<form method=\"get\" action=\"/queries#").append(Html.esc(t.name())).append("\">")
                    .append("<input type=\"hidden\" name=\"template\" value=\"").append(Html.esc(t.name())).append("\">");
            for (TemplateParam p : t.params()) {
                String value = active && req.getParameter(p.name()) != null ? req.getParameter(p.name()) : p.defaultValue();
                body.append("<label>").append(Html.esc(p.name())).append(p.required() ? "*" : "").append(" <input name=\"")
                        .append(Html.esc(p.name())).append("\" value=\"").append(Html.esc(value)).append("\" title=\"")
                        .append(Html.esc(p.type().label())).append("\"></label>");
            }
            body.append("<button type=\"submit\">Run</button></form>");
            if (active) body.append(results(t, req));
            body.append("</section>");
        }
        res.setContentType("text/html; charset=utf-8");
        res.getWriter().write(Html.page("newskg saved queries", body.toString()));
    }

    private String results(QueryTemplate t, HttpServletRequest req) {
        Map<String, String> args = new LinkedHashMap<>();
        for (TemplateParam p : t.params()) {
            String v = req.getParameter(p.name());
            if (v != null && !v.isBlank()) args.put(p.name(), v);
        }
        try {
            String sparql = runner.bind(t, args).toString();
            ResultSetRewindable rows = runner.run(t, args);
            String console = "/#/dataset" + dataset + "/query?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
            return table(rows) + "<p><a class=\"console\" href=\"" + Html.esc(console) + "\">Open this query in the Fuseki console</a></p>"
                    + "<details><summary>SPARQL</summary><pre>" + Html.esc(sparql) + "</pre></details>";
        } catch (TemplateException e) {
            return "<p class=\"error\">" + Html.esc(e.getMessage()) + "</p>";
        } catch (QueryCancelledException e) {
            return "<p class=\"error\">The query timed out after " + runner.timeoutMillis() / 1000 + " s.</p>";
        }
    }

    private static String table(ResultSetRewindable rows) {
        List<String> vars = rows.getResultVars();
        StringBuilder b = new StringBuilder("<table class=\"results\"><thead><tr>");
        for (String v : vars) b.append("<th>").append(Html.esc(v)).append("</th>");
        b.append("</tr></thead><tbody>");
        int n = 0;
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            n++;
            b.append("<tr>");
            for (String v : vars) b.append("<td>").append(cell(s.get(v))).append("</td>");
            b.append("</tr>");
        }
        b.append("</tbody></table><p class=\"count\">").append(n).append(n == 1 ? " row" : " rows").append("</p>");
        return b.toString();
    }

    /** A value as text; our own IRIs link to their page on this server. */
    static String cell(RDFNode node) {
        if (node == null) return "";
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            String href = EntityServlet.localPath(iri);
            return Html.link(href != null ? href : iri, iri);
        }
        if (node.isLiteral()) return Html.esc(node.asLiteral().getLexicalForm());
        return Html.esc(node.toString());
    }
}
