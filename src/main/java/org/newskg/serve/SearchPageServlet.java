package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.query.TemplateException;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateRunner;

/**
 * {@code GET /search?q=words}: the saved template {@code search} as a page. One entry per sentence or
 * title, best first, with the matched words marked and links to what it is evidence for and its article.
 */
final class SearchPageServlet extends HttpServlet {
    /** The marks the template puts around matched words (its highlight option). */
    private static final String OPEN = "⟦";
    private static final String CLOSE = "⟧";

    private final TemplateLibrary library;
    private final TemplateRunner runner;

    SearchPageServlet(TemplateLibrary library, TemplateRunner runner) {
        this.library = library;
        this.runner = runner;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        StringBuilder body = new StringBuilder("<form method=\"get\" action=\"/search\"><input name=\"q\" size=\"50\" value=\"")
                .append(Html.esc(q)).append("\" placeholder=\"words, e.g. drone strike mosque\" autofocus> <button type=\"submit\">Search</button></form>");
        if (!q.isEmpty()) body.append(results(q));
        res.setContentType("text/html; charset=utf-8");
        res.getWriter().write(Html.page("newskg search", body.toString()));
    }

    private String results(String q) {
        ResultSetRewindable rows;
        try {
            // Looked up per request: a server given its own --queries folder may lack the template.
            rows = runner.run(library.get("search"), Map.of("words", q));
        } catch (TemplateException e) {
            return "<p class=\"error\">" + Html.esc(e.getMessage()) + "</p>";
        } catch (QueryCancelledException e) {
            return "<p class=\"error\">The search timed out after " + runner.timeoutMillis() / 1000 + " s.</p>";
        }
        Map<String, StringBuilder[]> hits = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            String key = s.get("evidence") != null ? s.get("evidence").toString() : s.get("article") + " title";
            StringBuilder[] hit = hits.computeIfAbsent(key, k -> new StringBuilder[] {
                    new StringBuilder(marked(lexical(s.get("match")))), new StringBuilder(), new StringBuilder(article(s))});
            if (s.get("evidence") != null && s.get("about") != null) {
                String name = lexical(s.get("name"));
                String what = lexical(s.get("kind")) + (name.isEmpty() ? "" : " " + name);
                hit[1].append(hit[1].length() == 0 ? "" : ", ").append(Html.link(href(s.get("about")), what));
            }
        }
        if (hits.isEmpty()) return "<p class=\"count\">Nothing found.</p>";
        StringBuilder b = new StringBuilder("<p class=\"count\">").append(hits.size()).append(hits.size() == 1 ? " match" : " matches")
                .append(", best first</p><ol class=\"hits\">");
        for (StringBuilder[] h : hits.values()) {
            b.append("<li><p class=\"match\">").append(h[0]).append("</p><p class=\"source\">");
            if (h[1].length() > 0) b.append("Evidence for ").append(h[1]).append(". ");
            b.append("In ").append(h[2]).append("</p></li>");
        }
        return b.append("</ol>").toString();
    }

    /** The text escaped, then the template's marks made into mark elements. */
    static String marked(String text) {
        return Html.esc(text).replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
    }

    private static String article(QuerySolution s) {
        String title = lexical(s.get("articleTitle"));
        return s.get("article") == null ? "an unknown article" : Html.link(href(s.get("article")), title.isEmpty() ? s.get("article").toString() : title);
    }

    private static String href(RDFNode iri) {
        String local = EntityServlet.localPath(iri.toString());
        return local != null ? local : iri.toString();
    }

    private static String lexical(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
