package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.newskg.store.ExportFormat;
import org.newskg.store.NewsStore;

/** {@code GET /export.ttl}, {@code .trig}, {@code .nq}, {@code .jsonld}: the whole store, streamed. */
final class ExportServlet extends HttpServlet {
    static final Map<String, ExportFormat> PATHS = Map.of("/export.ttl", ExportFormat.TTL, "/export.trig", ExportFormat.TRIG,
            "/export.nq", ExportFormat.NQ, "/export.jsonld", ExportFormat.JSONLD);
    private static final Map<ExportFormat, String> TYPES = Map.of(ExportFormat.TTL, "text/turtle", ExportFormat.TRIG, "application/trig",
            ExportFormat.NQ, "application/n-quads", ExportFormat.JSONLD, "application/ld+json");
    private final NewsStore store;

    ExportServlet(NewsStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        ExportFormat f = PATHS.get(req.getServletPath());
        if (f == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        res.setContentType(TYPES.get(f) + "; charset=utf-8");
        store.export(f, res.getOutputStream());
    }
}
