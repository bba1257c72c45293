package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page drawn in the browser from a template's JSON: the server sends a shell (the filters, a
 * container, the scripts from {@code /assets}) and the script fetches {@code /api/queries/...}, so the
 * page shows what that template answers. {@code /map} draws {@code map-events}, {@code /timeline}
 * draws {@code timeline-items}, {@code /network} draws {@code network-edges}.
 */
final class ScriptedPageServlet extends HttpServlet {
    /** The events' filters, which the scripts read as the template's parameters. */
    private static final String FILTERS = """
            <form id="filters">
            <label>Kind <select name="kind"><option value="">any</option><option>Meeting</option><option>Attack</option>
            <option>Negotiation</option></select></label>
            <label>From <input type="date" name="from"></label>
            <label>To <input type="date" name="to"></label>
            <label>Actor <input type="text" name="actor" placeholder="a name or IRI"></label>
            <label>At least <input type="number" name="minSources" min="1" value="1" size="3"> source(s)</label>
            <button type="submit">Show</button>
            </form>
            <p id="status" role="status">Loading events...</p>
            """;
    private static final String LEGEND = """
            <span class="dot Meeting"></span>Meeting <span class="dot Attack"></span>Attack
            <span class="dot Negotiation"></span>Negotiation""";

    private final String title;
    private final String body;

    private ScriptedPageServlet(String title, String body) {
        this.title = title;
        this.body = body;
    }

    /** Located events as markers over Natural Earth's country outlines, one marker per place. */
    static ScriptedPageServlet map() {
        return eventsPage("Map of events", "map", """
                ; a marker's size grows with its events; click it for their list.
                Country outlines: Natural Earth (public domain), via world-atlas.""",
                "/assets/leaflet/leaflet.css", "/assets/leaflet/leaflet.js", "/assets/topojson-client/topojson-client.min.js");
    }

    /** Dated events in date order, one row per kind; a date known only to the week, month or year is that span. */
    static ScriptedPageServlet timeline() {
        return eventsPage("Timeline of events", "timeline", "; a bar is a date known only to its week, month or year; click an item for its page.",
                "/assets/vis-timeline/styles/vis-timeline-graph2d.min.css", "/assets/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js");
    }

    /**
     * A page of events with the filters: its library's stylesheet and script, the container
     * {@code #id} that {@code /assets/newskg/ID.js} draws in, and the legend's last words.
     */
    private static ScriptedPageServlet eventsPage(String title, String id, String legendNote, String css, String... scripts) {
        StringBuilder b = new StringBuilder("<link rel=\"stylesheet\" href=\"").append(css).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/newskg/pages.css\">\n").append(FILTERS)
                .append("<div id=\"").append(id).append("\"></div>\n<p class=\"legend\">").append(LEGEND).append(legendNote).append("</p>\n");
        for (String script : scripts) b.append("<script src=\"").append(script).append("\"></script>\n");
        b.append("<script src=\"/assets/newskg/pages.js\"></script>\n<script src=\"/assets/newskg/").append(id).append(".js\"></script>\n");
        return new ScriptedPageServlet(title, b.toString());
    }

    /** Who met whom, attacked where, proposed, accepted or rejected which talks: edges weighted by events. */
    static ScriptedPageServlet network() {
        return new ScriptedPageServlet("Network of actors", """
                <link rel="stylesheet" href="/assets/newskg/pages.css">
                <form id="filters">
                <label>Actor <input type="text" name="actor" placeholder="a name or IRI"></label>
                <label>At least <input type="number" name="min" min="1" value="1" size="3"> event(s)</label>
                <button type="submit">Show</button>
                </form>
                <p id="status" role="status">Loading the network...</p>
                <div id="network"></div>
                <section id="edge-events" aria-live="polite"><p>Click an edge for its events and their sources.</p></section>
                <p class="legend">Actors: <span class="dot person"></span>people <span class="dot country"></span>countries
                <span class="dot organization"></span>organisations; <span class="dot place"></span>places,
                <span class="dot event"></span>negotiations. A line's width grows with its events.
                The same network: <a id="gexf" href="/network.gexf">GEXF (Gephi)</a>,
                <a id="csv" href="/api/queries/network-edges.csv">CSV</a>.</p>
                <script src="/assets/cytoscape/cytoscape.min.js"></script>
                <script src="/assets/newskg/pages.js"></script>
                <script src="/assets/newskg/network.js"></script>
                """);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setContentType("text/html; charset=utf-8");
        res.getWriter().write(Html.page(title, body));
    }
}
