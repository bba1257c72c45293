package org.newskg.serve;

import java.util.Locale;
import org.jsoup.nodes.Entities;

/** Small helpers for the server's HTML pages: every text taken from data is escaped. */
final class Html {
    private Html() {}

    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
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

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>"
                + "<style>body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}"
                + "form{margin:.5em 0 1.5em}label{margin-right:1em}.error{color:#a00}pre{background:#f6f6f6;padding:.5em;overflow:auto}"
                + "nav a{margin-right:1em}</style></head><body>"
                + "<nav><a href=\"/\">Fuseki console</a><a href=\"/queries\">Saved queries</a><a href=\"/api/queries\">API</a></nav>"
                + "<h1>" + esc(title) + "</h1>" + body + "</body></html>";
    }
}
