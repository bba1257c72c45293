package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /map}: the located events as markers over Natural Earth's country outlines, one marker per
 * place (its events clustered there), coloured by the kind most of them are, with filters for kind,
 * dates and actor. The page is a shell: {@code /assets/newskg/map.js} draws it from the
 * {@code map-events} template's JSON, so the map shows what that template answers.
 */
final class MapPageServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String body = """
                <link rel="stylesheet" href="/assets/leaflet/leaflet.css">
                <link rel="stylesheet" href="/assets/newskg/map.css">
                <form id="filters">
                <label>Kind <select name="kind"><option value="">any</option><option>Meeting</option><option>Attack</option>
                <option>Negotiation</option></select></label>
                <label>From <input type="date" name="from"></label>
                <label>To <input type="date" name="to"></label>
                <label>Actor <input type="text" name="actor" placeholder="a name or IRI"></label>
                <button type="submit">Show</button>
                </form>
                <p id="map-status" role="status">Loading events...</p>
                <div id="map"></div>
                <p class="legend"><span class="dot Meeting"></span>Meeting <span class="dot Attack"></span>Attack
                <span class="dot Negotiation"></span>Negotiation; a marker's size grows with its events; click it for their list.
                Country outlines: Natural Earth (public domain), via world-atlas.</p>
                <script src="/assets/leaflet/leaflet.js"></script>
                <script src="/assets/topojson-client/topojson-client.min.js"></script>
                <script src="/assets/newskg/map.js"></script>
                """;
        res.setContentType("text/html; charset=utf-8");
        res.getWriter().write(Html.page("Map of events", body));
    }
}
