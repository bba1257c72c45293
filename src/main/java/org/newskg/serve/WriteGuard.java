package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Lets nothing change the server's data without credentials: SPARQL Update, uploads, graph-store
 * writes, on any dataset, and Fuseki's admin operations ({@code /$/datasets}, backup, compact ...)
 * are refused on a read-only server (403) and need HTTP Basic credentials on a writable one (401
 * without them). The check applies on loopback too, since a page in the user's own browser can post
 * to localhost. Even with credentials, newskg's own dataset cannot be deleted or taken offline
 * through the admin API: newskg's other routes serve the same store. A write that a page of another site sent
 * (see {@link CrossSiteCheck}) is refused whatever credentials the browser attached to it.
 */
final class WriteGuard implements Filter {
    private static final String REALM = "newskg";
    private final ServerOptions options;
    private final String dataset;

    WriteGuard(ServerOptions options, String dataset) {
        this.options = options;
        this.dataset = dataset;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        // Judge the path both as sent and as decoded and normalised: routes match the decoded one ("/%24/datasets" is "/$/datasets").
        String decoded = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!changes(req, req.getRequestURI()) && !changes(req, decoded)) {
            chain.doFilter(request, response);
            return;
        }
        if (!options.writable()) {
            refuse(res, HttpServletResponse.SC_FORBIDDEN, "read-only server: start it with --writable --auth user:password to change data");
            return;
        }
        // Before the credentials: a forged request must not make the browser ask the user for them.
        String crossSite = CrossSiteCheck.refusal(req);
        if (crossSite != null) {
            refuse(res, HttpServletResponse.SC_FORBIDDEN, crossSite);
            return;
        }
        if (!authorised(req.getHeader("Authorization"))) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            refuse(res, HttpServletResponse.SC_UNAUTHORIZED, "credentials required to change data");
            return;
        }
        if (decoded.matches("/\\$/datasets" + dataset + "/?") || req.getRequestURI().matches("/\\$/datasets" + dataset + "/?")) {
            refuse(res, HttpServletResponse.SC_FORBIDDEN, "dataset " + dataset + " is newskg's own: stop the server to remove or change it");
            return;
        }
        chain.doFilter(request, response);
    }

    /** One line of plain text, whatever the method (Jetty's error pages leave out the message for DELETE and PUT). */
    private static void refuse(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain; charset=utf-8");
        res.getWriter().println(message);
    }

    /**
     * Whether the request could change data or datasets: any method but GET, HEAD and OPTIONS, except
     * a query posted to a dataset; and anything addressed to an update or upload endpoint.
     */
    private static boolean changes(HttpServletRequest req, String path) {
        String method = req.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (path.startsWith("/$/")) return !read;
        if (path.matches("/[^/]+/(update|upload)/?")) return true;
        return !read && !postsAQuery(req, path);
    }

    /** A POST to a dataset's query endpoint, or to the dataset itself with a query and no update. */
    private static boolean postsAQuery(HttpServletRequest req, String path) {
        if (!req.getMethod().equals("POST") || path.startsWith("/$/")) return false;
        if (path.matches("/[^/]+/(query|sparql)/?")) return true;
        if (!path.matches("/[^/]+/?")) return false;
        String type = req.getContentType() == null ? "" : req.getContentType();
        if (type.startsWith("application/sparql-query")) return true;
        return type.startsWith("application/x-www-form-urlencoded") && req.getParameter("query") != null && req.getParameter("update") == null;
    }

    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = (options.user() + ":" + options.password()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }
}
