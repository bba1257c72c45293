package org.newskg.serve;

import java.util.Locale;

/** Small helpers for the server's HTML pages: every text taken from data is escaped. */
final class Html {
    private Html() {}

    /**
     * Text made safe both between tags and inside a quoted attribute value (either quote), so one escaper
     * serves every place a page puts data. Our own five replacements rather than jsoup's Entities.escape,
     * whose handling of quotes depends on its output settings and version.
     */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A link to a path on this server or to an http(s) IRI; any other IRI (an article's
     * {@code javascript:} "URL", say) is shown as text, never made something a click runs.
     */
    static String link(String href, String text) {
        String lower = href.toLowerCase(Locale.ROOT);
        boolean local = href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\");
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        return local || web ? "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>" : esc(text);
    }

    /**
     * The request's path below its route when it is made of {@code safePath}'s segments and climbs
     * nowhere ({@code ..}), else null: a caller answers 404 for null.
     */
    static String safePathInfo(jakarta.servlet.http.HttpServletRequest req, String safePath) {
        String path = req.getPathInfo();
        return path == null || !path.matches(safePath) || path.contains("..") ? null : path;
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>"
                + "<style>body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}"
                + "form{margin:.5em 0 1.5em}label{margin-right:1em}.error{color:#a00}pre{background:#f6f6f6;padding:.5em;overflow:auto}"
                + "nav a{margin-right:1em}nav form{display:inline;margin:0 0 0 1em}.article-text{white-space:pre-wrap;line-height:1.5}"
                + "mark.evidence{background:#fff2a8}.supports{font-size:.85em}.iri code{color:#555}.kinds{margin-left:1em;color:#555}</style></head><body>"
                + "<nav><a href=\"/\">Fuseki console</a><a href=\"/queries\">Saved queries</a><a href=\"/search\">Search</a><a href=\"/map\">Map</a><a href=\"/timeline\">Timeline</a><a href=\"/network\">Network</a><a href=\"/api/docs\">API</a>"
                + "<form class=\"find\" action=\"/queries\" method=\"get\" role=\"search\"><input type=\"hidden\" name=\"template\" value=\"find-by-name\">"
                + "<input type=\"search\" name=\"name\" placeholder=\"Find a name\" aria-label=\"Find a name\"> <button type=\"submit\">Find</button></form></nav>"
                + "<h1>" + esc(title) + "</h1>" + body + "</body></html>";
    }
}
