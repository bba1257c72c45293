package org.newskg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetRewindable;
import org.newskg.query.QueryTemplate;
import org.newskg.query.ResultFormat;
import org.newskg.query.TemplateException;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateParam;
import org.newskg.query.TemplateRunner;

/**
 * The saved templates as a web API, in grlc's style: {@code GET /api/queries} lists them,
 * {@code GET /api/queries/{name}?k=v} runs one (format by suffix {@code .csv}, {@code ?format=} or
 * Accept), {@code GET /api/openapi.json} describes the routes.
 */
final class ApiServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TemplateLibrary library;
    private final TemplateRunner runner;

    ApiServlet(TemplateLibrary library, TemplateRunner runner) {
        this.library = library;
        this.runner = runner;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/queries") || path.equals("/queries/")) {
            json(res, list());
        } else if (path.equals("/openapi.json")) {
            json(res, OpenApi.describe(library));
        } else if (path.equals("/docs")) {
            // Swagger UI over the description above, from its WebJar (/assets/swagger-ui/).
            res.setContentType("text/html; charset=utf-8");
            res.getWriter().write(Html.page("API: the saved queries", """
                    <link rel="stylesheet" href="/assets/swagger-ui/swagger-ui.css">
                    <div id="swagger-ui"></div>
                    <script src="/assets/swagger-ui/swagger-ui-bundle.js"></script>
                    <script src="/assets/newskg/api-docs.js"></script>
                    """));
        } else if (path.startsWith("/queries/")) {
            run(path.substring("/queries/".length()), req, res);
        } else {
            error(res, HttpServletResponse.SC_NOT_FOUND, "no such API route: " + path);
        }
    }

    private void run(String name, HttpServletRequest req, HttpServletResponse res) throws IOException {
        ResultFormat format = null;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            format = ResultFormat.byName(name.substring(dot + 1));
            if (format == null) {
                error(res, HttpServletResponse.SC_NOT_FOUND, "unknown format suffix: " + name.substring(dot));
                return;
            }
            name = name.substring(0, dot);
        }
        if (format == null && req.getParameter("format") != null) {
            format = ResultFormat.byName(req.getParameter("format"));
            if (format == null) {
                error(res, HttpServletResponse.SC_BAD_REQUEST, "unknown format: " + req.getParameter("format") + " (json, csv, tsv)");
                return;
            }
        }
        if (format == null) format = ResultFormat.byAccept(req.getHeader("Accept"));
        Map<String, String> args = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!k.equals("format") && v.length > 0) args.put(k, v[0]);
        });
        try {
            QueryTemplate template = library.get(name);
            ResultSetRewindable rows = runner.run(template, args);
            if (template.pagination() > 0) pageLinks(req, res, args.get(QueryTemplate.PAGE), rows.size() >= template.pagination());
            res.setContentType(format.mediaType() + "; charset=utf-8");
            format.write(rows, res.getOutputStream());
        } catch (TemplateException.NotFound e) {
            error(res, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (TemplateException e) {
            error(res, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (QueryCancelledException e) {
            error(res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query timed out after " + runner.timeoutMillis() / 1000 + " s (serve --timeout)");
        }
    }

    /**
     * {@code Link} headers to the next page (when this one is full: there may be more) and the
     * previous one, as the same request with another {@code page}.
     */
    private static void pageLinks(HttpServletRequest req, HttpServletResponse res, String pageArg, boolean full) {
        long page = pageArg == null || !pageArg.strip().matches("[1-9]\\d{0,8}") ? 1 : Long.parseLong(pageArg.strip());
        if (full) res.addHeader("Link", "<" + withPage(req, page + 1) + ">; rel=\"next\"");
        if (page > 1) res.addHeader("Link", "<" + withPage(req, page - 1) + ">; rel=\"prev\"");
    }

    private static String withPage(HttpServletRequest req, long page) {
        StringBuilder b = new StringBuilder(req.getRequestURI()).append("?");
        req.getParameterMap().forEach((k, v) -> {
            if (k.equals(QueryTemplate.PAGE) || v.length == 0) return;
            b.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v[0], StandardCharsets.UTF_8)).append('&');
        });
        return b.append(QueryTemplate.PAGE).append('=').append(page).toString();
    }

    /** An error as JSON ({@code status}, {@code error}, {@code message}): this is a JSON API, whatever format was asked for. */
    private static void error(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        ObjectNode body = JSON.createObjectNode().put("status", status)
                .put("error", org.eclipse.jetty.http.HttpStatus.getMessage(status)).put("message", message);
        // One line: a client that shows the first line of a failed answer shows the message.
        res.setContentType("application/json; charset=utf-8");
        JSON.writeValue(res.getOutputStream(), body);
    }

    private ArrayNode list() {
        ArrayNode out = JSON.createArrayNode();
        for (QueryTemplate t : library.all()) {
            ObjectNode o = out.addObject();
            o.put("name", t.name()).put("summary", t.summary()).put("url", "/api/queries/" + t.name());
            ArrayNode tags = o.putArray("tags");
            t.tags().forEach(tags::add);
            ArrayNode params = o.putArray("parameters");
            for (TemplateParam p : t.params()) {
                params.addObject().put("name", p.name()).put("type", p.type().label()).put("required", p.required())
                        .put("default", p.defaultValue()).put("example", p.defaultValue());
            }
        }
        return out;
    }

    private static void json(HttpServletResponse res, Object body) throws IOException {
        res.setContentType("application/json; charset=utf-8");
        JSON.writerWithDefaultPrettyPrinter().writeValue(res.getOutputStream(), body);
    }
}
