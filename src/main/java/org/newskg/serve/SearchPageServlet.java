package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetRewindable;
import org.newskg.query.SearchHits;
import org.newskg.query.TemplateException;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateRunner;

/**
 * {@code GET /search?q=words}: the saved template {@code search} as a page. One entry per sentence or
 * title, best first, with the matched words marked and links to what it is evidence for and its article.
 */
final class SearchPageServlet extends HttpServlet {
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
        List<SearchHits.Hit> hits = SearchHits.of(rows);
        if (hits.isEmpty()) return "<p class=\"count\">Nothing found.</p>";
        StringBuilder b = new StringBuilder("<p class=\"count\">").append(hits.size()).append(hits.size() == 1 ? " match" : " matches")
                .append(", best first</p><ol class=\"hits\">");
        for (SearchHits.Hit h : hits) {
            b.append("<li><p class=\"match\">").append(marked(h.match())).append("</p><p class=\"source\">");
            for (int i = 0; i < h.about().size(); i++) {
                SearchHits.About a = h.about().get(i);
                b.append(i == 0 ? "Evidence for " : ", ").append(Html.link(href(a.iri()), a.kind() + (a.name().isEmpty() ? "" : " " + a.name())));
            }
            b.append(h.about().isEmpty() ? "" : ". ").append("In ").append(h.article() == null ? "an unknown article"
                    : Html.link(href(h.article()), h.articleTitle().isEmpty() ? h.article() : h.articleTitle())).append("</p></li>");
        }
        return b.append("</ol>").toString();
    }

    /** The text escaped, then the template's marks made into mark elements. */
    static String marked(String text) {
        return Html.esc(text).replace(SearchHits.OPEN, "<mark>").replace(SearchHits.CLOSE, "</mark>");
    }

    private static String href(String iri) {
        String local = EntityServlet.localPath(iri);
        return local != null ? local : iri;
    }
}
