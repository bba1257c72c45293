package org.newskg.serve;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.newskg.NewskgException;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateRunner;
import org.newskg.store.NewsStore;

/**
 * An embedded Fuseki over a newskg store: dataset {@code /news} (queries see the union of the article
 * graphs), the Fuseki console at {@code /}, and newskg's routes: {@code /api/...} (saved queries),
 * {@code /queries} (their page), {@code /search}, {@code /map}, {@code /timeline}, {@code /network} (and {@code /network.gexf}), {@code /assets/...}
 * (the pages' scripts and map data, from the jar), {@code /id/...} (entities), {@code /ontology}, {@code /export.*}.
 */
public final class NewsServer implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET = "/news";

    private final FusekiServer server;
    private final boolean https;
    private final ExportServlet exports;

    private NewsServer(FusekiServer server, boolean https, ExportServlet exports) {
        this.server = server;
        this.https = https;
        this.exports = exports;
    }

    /** Builds and starts the server; errors such as a port in use come back as one clear message. */
    public static NewsServer start(NewsStore store, ServerOptions options) {
        return start(store, options, ExportLimits.DEFAULT);
    }

    /** As {@link #start(NewsStore, ServerOptions)}, with other limits on whole-store exports. */
    public static NewsServer start(NewsStore store, ServerOptions options, ExportLimits exportLimits) {
        System.setProperty("FUSEKI_BASE", fusekiBase(store).toString());
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(options.timeoutSeconds() * 1000L));
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query).addEndpoint(Operation.Query, "query").addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R).addEndpoint(Operation.GSP_R, "get");
        if (options.writable()) {
            service.addEndpoint(Operation.Update, "update").addEndpoint(Operation.GSP_RW, "data").addEndpoint(Operation.Upload, "upload");
        }
        TemplateLibrary library = TemplateLibrary.load(options.queries());
        TemplateRunner runner = new TemplateRunner(store.dataset(), options.timeoutSeconds() * 1000L);
        ExportServlet exports = new ExportServlet(store, exportLimits);
        OntologyServlet ontology = new OntologyServlet();
        FusekiServer server = FusekiServer.create()
                .port(options.port())
                .loopback(options.loopbackOnly())
                .registerOperation(Operation.Query, new LimitedQuery(options.maxRows()))
                .add(DATASET, service.build())
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .addFilter("/*", new WriteGuard(options, DATASET))
                .addServlet("/api/*", new ApiServlet(library, runner))
                .addServlet("/queries", new QueriesPageServlet(library, runner, DATASET, store.dataset()))
                .addServlet("/search", new SearchPageServlet(library, runner))
                .addServlet("/map", ScriptedPageServlet.map())
                .addServlet("/timeline", ScriptedPageServlet.timeline())
                .addServlet("/network", ScriptedPageServlet.network())
                .addServlet("/network.gexf", new NetworkGexfServlet(library, runner))
                .addServlet("/assets/*", new AssetServlet())
                .addServlet("/ontology", ontology)
                .addServlet("/ontology.ttl", ontology)
                .addServlet("/ontology.jsonld", ontology)
                .addServlet("/ontology.nt", ontology)
                .addServlet("/ontology.html", ontology)
                .addServlet("/ontology/*", ontology)
                .addServlet("/id/*", new EntityServlet(store.dataset(), options.timeoutSeconds() * 1000L, new ConfidenceSection(library, runner)))
                .addServlet("/export.ttl", exports)
                .addServlet("/export.trig", exports)
                .addServlet("/export.nq", exports)
                .addServlet("/export.jsonld", exports)
                .build();
        // Outside Fuseki, so that an oversized body is refused before Fuseki or a servlet reads any of it.
        Server jetty = server.getJettyServer();
        BodyLimit limit = new BodyLimit(options.maxBodyBytes());
        limit.setHandler(jetty.getHandler());
        jetty.setHandler(limit);
        if (options.rateLimit() > 0) {
            // Outermost: a client over its rate costs one counter update and no more.
            DoSHandler rate = RateLimit.handler(options.rateLimit());
            rate.setHandler(jetty.getHandler());
            jetty.setHandler(rate);
        }
        if (options.tls() != null) TlsConnector.install(jetty, options);
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            if (causedBy(e, BindException.class)) {
                throw new NewskgException("port " + options.port() + " is in use (another server?); choose another with --port", e);
            }
            String tls = options.tls() == null ? "" : " with --https-keystore " + options.tls().keystore();
            throw new NewskgException("cannot start the server" + tls + ": " + e.getMessage(), e);
        }
        return new NewsServer(server, options.tls() != null, exports);
    }

    /**
     * Fuseki's admin module keeps its run/ area in FUSEKI_BASE. It goes inside the store's folder, the one
     * place a server's user can always write (TDB2 uses only Data-NNNN and tdb.lock there, and keeps its
     * own Backups/ beside them); beside the store it needed a writable parent, which /data in the Docker
     * image is not. Created here so that a failure is one clear line, not Fuseki's exception.
     */
    static Path fusekiBase(NewsStore store) {
        Path base = store.directory().toAbsolutePath().resolve("fuseki");
        try {
            Files.createDirectories(base);
        } catch (IOException e) {
            throw new NewskgException("cannot create Fuseki's working folder " + base + " (" + e + ");"
                    + " the server's user must be able to write in the store folder " + store.directory(), e);
        }
        return base;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    /** The port it listens on (the one chosen, when asked for 0). */
    public int port() {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) return sc.getLocalPort();
        }
        throw new IllegalStateException("the server has no network connector");
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:3030/}, or {@code https://...} when it serves TLS. */
    public String url(String host) {
        String h = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return (https ? "https" : "http") + "://" + h + ":" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server, and waits (up to a minute) for exports still writing to closed connections to end their reads. */
    @Override
    public void close() {
        server.stop();
        exports.awaitIdle(java.time.Duration.ofMinutes(1));
    }
}
