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
 * writes and Fuseki's admin operations ({@code /$/datasets}, backup, compact ...) are refused on a
 * read-only server (403) and need HTTP Basic credentials on a writable one (401 without them). The
 * check applies on loopback too, since a page in the user's own browser can post to localhost.
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
        if (!changes(req)) {
            chain.doFilter(request, response);
            return;
        }
        if (!options.writable()) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN, "read-only server: start it with --writable --auth user:password to change data");
            return;
        }
        if (!authorised(req.getHeader("Authorization"))) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            res.sendError(HttpServletResponse.SC_UNAUTHORIZED, "credentials required to change data");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the request would change data or datasets. */
    private boolean changes(HttpServletRequest req) {
        String method = req.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        String path = req.getRequestURI();
        if (path.startsWith("/$/")) return !read;
        if (!path.startsWith(dataset)) return false;
        String rest = path.substring(dataset.length());
        if (rest.matches("/(update|upload)/?")) return true;
        if (rest.matches("/(data)/?")) return !read;
        if (read) return false;
        if (rest.matches("/(query|sparql)/?")) return false;
        // POST or PUT at the dataset itself: a query is fine, anything else writes.
        String type = req.getContentType() == null ? "" : req.getContentType();
        if (type.startsWith("application/sparql-query")) return false;
        if (type.startsWith("application/x-www-form-urlencoded")) return req.getParameter("query") == null;
        return true;
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
