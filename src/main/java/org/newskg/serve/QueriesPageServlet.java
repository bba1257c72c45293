package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.query.Dataset;
import org.newskg.query.IriNames;
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
    private final Dataset ds;

    QueriesPageServlet(TemplateLibrary library, TemplateRunner runner, String dataset, Dataset ds) {
        this.library = library;
        this.runner = runner;
        this.dataset = dataset;
        this.ds = ds;
    }

    /** The tasks the templates serve, in the order a reader meets them; a template is filed under the first of these its tags name. */
    private static final List<String> TASKS = List.of("lookup", "search", "meetings", "attacks", "negotiations", "events", "people",
            "actors", "countries", "places", "provenance", "articles");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String chosen = req.getParameter("template");
        Map<String, List<QueryTemplate>> byTask = new java.util.TreeMap<>(java.util.Comparator
                .comparingInt((String task) -> TASKS.contains(task) ? TASKS.indexOf(task) : TASKS.size()).thenComparing(task -> task));
        for (QueryTemplate t : library.all()) byTask.computeIfAbsent(task(t), k -> new ArrayList<>()).add(t);
        StringBuilder body = new StringBuilder("<p>Questions saved as SPARQL templates in <code>queries/</code>, by task. "
                + "Fill a form and run it; a name typed where an IRI is asked is looked up among names and variants "
                + "(suggestions appear as you type). Also as an API: ").append(Html.link("/api/docs", "/api/docs")).append(".</p><nav class=\"toc\">");
        byTask.forEach((task, templates) -> {
            body.append("<p><strong>").append(Html.esc(task)).append("</strong>: ");
            body.append(String.join(", ", templates.stream().map(t -> Html.link("#" + t.name(), t.name())).toList())).append("</p>");
        });
        body.append("</nav><datalist id=\"names\"></datalist>");
        byTask.forEach((task, templates) -> {
            body.append("<h2 class=\"task\">").append(Html.esc(task)).append("</h2>");
            for (QueryTemplate t : templates) section(body, t, t.name().equals(chosen), req);
        });
        body.append("<script src=\"/assets/newskg/names.js\"></script>");
        res.setContentType("text/html; charset=utf-8");
        res.getWriter().write(Html.page("newskg saved queries", body.toString()));
    }

    private static String task(QueryTemplate t) {
        return t.tags().stream().filter(TASKS::contains).min(java.util.Comparator.comparingInt(TASKS::indexOf))
                .orElse(t.tags().isEmpty() ? "other" : t.tags().get(0));
    }

    private void section(StringBuilder body, QueryTemplate t, boolean active, HttpServletRequest req) {
        body.append("<section id=\"").append(Html.esc(t.name())).append("\"><h3>").append(Html.esc(t.name()))
                .append("</h3><p class=\"summary\">").append(Html.esc(t.summary())).append("</p>");
        if (!t.description().isEmpty()) body.append("<p class=\"description\">").append(Html.esc(t.description())).append("</p>");
        body.append("<form method=\"get\" action=\"/queries#").append(Html.esc(t.name())).append("\">")
                .append("<input type=\"hidden\" name=\"template\" value=\"").append(Html.esc(t.name())).append("\">");
        for (TemplateParam p : t.params()) {
            String value = active && req.getParameter(p.name()) != null ? req.getParameter(p.name()) : p.defaultValue();
            boolean iri = p.type() == TemplateParam.Type.IRI;
            body.append("<label>").append(Html.esc(p.name())).append(p.required() ? "*" : "").append(" <input name=\"")
                    .append(Html.esc(p.name())).append("\" value=\"").append(Html.esc(value)).append("\" title=\"")
                    .append(Html.esc(p.type().label() + (iri ? ": an IRI or a name" : ""))).append(iri ? "\" list=\"names\" class=\"name\"" : "\"")
                    .append("></label>");
        }
        body.append("<button type=\"submit\">Run</button></form>");
        if (active) body.append(results(t, req));
        body.append("</section>");
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
            return table(rows, IriNames.of(ds, rows)) + "<p><a class=\"console\" href=\"" + Html.esc(console) + "\">Open this query in the Fuseki console</a></p>"
                    + "<details><summary>SPARQL</summary><pre>" + Html.esc(sparql) + "</pre></details>";
        } catch (TemplateException e) {
            return "<p class=\"error\">" + Html.esc(e.getMessage()) + "</p>";
        } catch (QueryCancelledException e) {
            return "<p class=\"error\">The query timed out after " + runner.timeoutMillis() / 1000 + " s.</p>";
        }
    }

    private static String table(ResultSetRewindable rows, java.util.function.Function<String, String> names) {
        List<String> vars = rows.getResultVars();
        StringBuilder b = new StringBuilder("<table class=\"results\"><thead><tr>");
        for (String v : vars) b.append("<th>").append(Html.esc(v)).append("</th>");
        b.append("</tr></thead><tbody>");
        int n = 0;
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            n++;
            b.append("<tr>");
            for (String v : vars) b.append("<td>").append(cell(s.get(v), names)).append("</td>");
            b.append("</tr>");
        }
        b.append("</tbody></table><p class=\"count\">").append(n).append(n == 1 ? " row" : " rows").append("</p>");
        return b.toString();
    }

    /** A value as text; our own IRIs link to their page on this server, by their name where they have one. */
    static String cell(RDFNode node, java.util.function.Function<String, String> names) {
        if (node == null) return "";
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            String href = EntityServlet.localPath(iri);
            String name = names.apply(iri);
            return Html.link(href != null ? href : iri, name != null ? name : href != null ? href.substring("/id/".length()) : iri);
        }
        if (node.isLiteral()) return Html.esc(node.asLiteral().getLexicalForm());
        return Html.esc(node.toString());
    }
}
