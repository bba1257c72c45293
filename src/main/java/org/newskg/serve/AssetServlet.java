package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' scripts, styles and map data, from the jar: {@code /assets/leaflet/...} and
 * {@code /assets/swagger-ui/...} (WebJars), {@code /assets/world-atlas/...}, {@code /assets/topojson-client/...} and
 * {@code /assets/vis-timeline/...}, {@code /assets/cytoscape/...} (npm packages
 * fetched at build time) and {@code /assets/newskg/...} (ours). Nothing is fetched from another host,
 * so the pages work offline. Only these folders, and no path that climbs out of them.
 */
final class AssetServlet extends HttpServlet {
    private static final String SAFE_PATH = "/[A-Za-z0-9_-]+(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+";
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css", "json", "application/json",
            "png", "image/png", "svg", "image/svg+xml");
    private final Map<String, String> roots = Map.of(
            "leaflet", "META-INF/resources/webjars/leaflet/" + webJarVersion("org.webjars.npm", "leaflet") + "/dist/",
            "swagger-ui", "META-INF/resources/webjars/swagger-ui/" + webJarVersion("org.webjars", "swagger-ui") + "/",
            "world-atlas", "newskg/web/world-atlas/",
            "topojson-client", "newskg/web/topojson-client/dist/",
            "vis-timeline", "newskg/web/vis-timeline/",
            "cytoscape", "newskg/web/cytoscape/dist/",
            "newskg", "newskg/web/");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = Html.safePathInfo(req, SAFE_PATH);
        if (path == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no such asset");
            return;
        }
        int slash = path.indexOf('/', 1);
        String root = roots.get(path.substring(1, slash));
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        InputStream in = root == null || type == null ? null : AssetServlet.class.getClassLoader().getResourceAsStream(root + path.substring(slash + 1));
        if (in == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no such asset: " + path);
            return;
        }
        try (in) {
            res.setContentType(type.equals("image/png") ? type : type + "; charset=utf-8");
            // The files change only with a new newskg; a day's caching spares reloads.
            res.setHeader("Cache-Control", "public, max-age=86400");
            in.transferTo(res.getOutputStream());
        }
    }

    /** The version of a WebJar on the class path, from the pom.properties Maven put in it. */
    private static String webJarVersion(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the " + artifact + " WebJar is not on the class path");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
