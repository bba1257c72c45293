package org.newskg.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateSendMode;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.DCTerms;
import org.newskg.id.Iris;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Provenance;

/**
 * A remote SPARQL 1.1 store (any standard server: Fuseki, GraphDB, Virtuoso ...) in place of the
 * embedded one. Article graphs go by SPARQL Update, 25 a request ({@code DROP SILENT GRAPH} of a
 * replaced one, then {@code INSERT DATA} into its graph); a server applies one request in one
 * transaction, so each article is written wholly or not at all, and readers see it old or new. Reads
 * go by SPARQL query, a whole export by the Graph Store Protocol. Several ingest processes can feed
 * one store; a running {@code newskg serve --writable --auth} is one.
 *
 * <p>Endpoints are those of Fuseki's dataset URL ({@code URL/query}, {@code URL/update} and
 * {@code URL/data}) unless {@link RemoteEndpoints} say otherwise. Credentials answer Basic and Digest
 * challenges alike (Jena's {@code AuthEnv}): Fuseki asks Basic, Virtuoso's {@code /sparql-auth} Digest.
 */
public final class RemoteStore implements ArticleStore {
    /** Graphs looked up in one query: keeps the request line well inside servers' limits. */
    private static final int LOOKUP_CHUNK = 50;
    /**
     * Articles written by one update request, which the server applies in one transaction: a
     * transaction an article cost ~100 ms of commits here; 25 articles are ~0.6 MB, well inside
     * servers' body limits (newskg serve's is 10 MB).
     */
    private static final int WRITE_CHUNK = 25;
    /** Graph names read in one query: below the 10,000 rows Virtuoso answers by default. */
    private static final int GRAPH_PAGE = 5000;
    /** Statistics statements written in one update request. */
    private static final int STATISTICS_CHUNK = 5000;
    private final String url;
    private final RemoteEndpoints endpoints;
    private final RDFConnection conn;

    /** A Fuseki dataset at {@code url}, such as a running {@code newskg serve --writable}. */
    public RemoteStore(String url, String user, String password) {
        this(RemoteEndpoints.fuseki(url), user, password);
    }

    public RemoteStore(RemoteEndpoints endpoints, String user, String password) {
        this.endpoints = endpoints;
        this.url = endpoints.url();
        // Jena answers a 401's challenge itself, Basic or Digest, with what is registered for the URL's prefix.
        // Its registry is the JVM's: what another store object registered (and the answers it cached
        // for each endpoint) goes first, so that these credentials, right or wrong, are the ones used.
        AuthEnv.get().unregisterUsernamePassword(URI.create(url + "/"));
        if (user != null) AuthEnv.get().registerUsernamePassword(URI.create(url + "/"), user, password);
        var builder = RDFConnectionRemote.service(url).queryEndpoint(endpoints.resolve(endpoints.query()))
                .updateEndpoint(endpoints.resolve(endpoints.update())).httpClient(HttpClient.newHttpClient());
        if (endpoints.data() != null) builder.gspEndpoint(endpoints.resolve(endpoints.data()));
        if (endpoints.htmlForms()) builder.querySendMode(QuerySendMode.asPostForm).updateSendMode(UpdateSendMode.asPostForm);
        this.conn = builder.build();
    }

    @Override
    public List<WriteResult> write(List<ArticleGraph> batch) {
        List<WriteResult> out = new ArrayList<>(batch.size());
        try {
            Map<String, Stored> stored = storedArticles(batch);
            // What this batch wrote so far: an article twice in one batch replaces its first version.
            Map<String, WriteResult.Previous> written = new HashMap<>();
            UpdateRequest update = new UpdateRequest();
            int inUpdate = 0;
            for (ArticleGraph g : batch) {
                // An article twice in one batch (the same text in two files) replaces itself, as in
                // the embedded store: inserting twice would merge the two versions.
                WriteResult.Previous earlier = written.put(g.iri(), new WriteResult.Previous(g.title(), g.textHash()));
                Stored there = stored.get(g.iri());
                if (earlier == null && there != null && g.contentHash().equals(there.contentHash())) {
                    out.add(WriteResult.unchanged());
                    continue;
                }
                WriteResult.Previous previous = earlier != null ? earlier : there == null ? null : there.article();
                Node graph = NodeFactory.createURI(g.iri());
                if (previous != null) update.add(new UpdateDrop(graph, true));
                update.add(new UpdateDataInsert(quads(graph, g)));
                out.add(previous != null ? WriteResult.replaced(previous) : WriteResult.added());
                if (++inUpdate == WRITE_CHUNK) {
                    UpdateRequest full = update;
                    RetryWhenThrottled.run(() -> conn.update(full));
                    update = new UpdateRequest();
                    inUpdate = 0;
                }
            }
            if (inUpdate > 0) {
                UpdateRequest last = update;
                RetryWhenThrottled.run(() -> conn.update(last));
            }
        } catch (RuntimeException e) {
            throw new StoreException("remote store " + url + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** An article the server holds: its content hash ("" when it has none), title and text hash. */
    private record Stored(String contentHash, WriteResult.Previous article) {}

    /** The article's statements, stamped with its content hash and the time of writing, as quads of its graph. */
    private static QuadDataAcc quads(Node graph, ArticleGraph g) {
        Model m = ModelFactory.createDefaultModel().add(g.model()).add(Provenance.stamps(g, Instant.now()));
        QuadDataAcc quads = new QuadDataAcc();
        m.getGraph().find().forEach(t -> quads.addQuad(Quad.create(graph, t)));
        return quads;
    }

    /**
     * The graphs of the batch that the store holds already, with their content hash, title and text
     * hash (the server hashes the text, so it does not travel): one query a batch, where asking graph
     * by graph cost two round trips an article.
     */
    private Map<String, Stored> storedArticles(List<ArticleGraph> batch) {
        Map<String, Stored> stored = new HashMap<>();
        for (int from = 0; from < batch.size(); from += LOOKUP_CHUNK) {
            List<RDFNode> graphs = batch.subList(from, Math.min(batch.size(), from + LOOKUP_CHUNK)).stream()
                    .map(g -> (RDFNode) ResourceFactory.createResource(g.iri())).toList();
            ParameterizedSparqlString q = new ParameterizedSparqlString("""
                    SELECT ?g (SAMPLE(?h) AS ?hash) (SAMPLE(?t) AS ?title) (SAMPLE(?th) AS ?textHash) WHERE {
                      VALUES (?g) { ?graphs }
                      FILTER EXISTS { GRAPH ?g { ?g ?p ?o } }
                      OPTIONAL { GRAPH ?g { ?g ?hashProperty ?h } }
                      OPTIONAL { GRAPH ?g { ?g ?titleProperty ?t } }
                      OPTIONAL { GRAPH ?g { ?g ?textProperty ?x } BIND(SHA256(STR(?x)) AS ?th) }
                    } GROUP BY ?g""");
            q.setValues("graphs", graphs);
            q.setIri("hashProperty", NKG.contentHash.getURI());
            q.setIri("titleProperty", DCTerms.title.getURI());
            q.setIri("textProperty", NKG.text.getURI());
            // Rows are gathered per attempt, so a refused attempt leaves nothing half-read behind.
            RetryWhenThrottled.run(() -> {
                Map<String, Stored> rows = new HashMap<>();
                conn.querySelect(q.asQuery(), row -> rows.put(row.getResource("g").getURI(), new Stored(
                        text(row, "hash", ""), new WriteResult.Previous(text(row, "title", null), text(row, "textHash", null)))));
                stored.putAll(rows);
            });
        }
        return stored;
    }

    private static String text(QuerySolution row, String var, String absent) {
        return row.contains(var) ? row.getLiteral(var).getLexicalForm() : absent;
    }

    /** A request's worth: several ingest processes may feed the store, and each learns what the others wrote before a batch. */
    @Override
    public int largestBatch() {
        return WRITE_CHUNK;
    }

    @Override
    public void select(String query, Consumer<QuerySolution> row) {
        try {
            RetryWhenThrottled.run(() -> conn.querySelect(query, row));
        } catch (RuntimeException e) {
            throw new StoreException("remote store " + url + ": " + e.getMessage(), e);
        }
    }

    /** Runs a SELECT on the server and copies its rows. */
    public org.apache.jena.query.ResultSetRewindable selectCopy(org.apache.jena.query.Query q) {
        try {
            return RetryWhenThrottled.call(() -> {
                try (var qe = conn.query(FunctionRenames.apply(q, endpoints.functions()))) {
                    return org.apache.jena.query.ResultSetFactory.copyResults(qe.execSelect());
                }
            });
        } catch (RuntimeException e) {
            throw new StoreException("remote store " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * The whole dataset, all named graphs, as the server holds it: by the Graph Store Protocol, or without
     * one, graph by graph by query (newskg's graphs only: a store may keep graphs of its own).
     */
    public org.apache.jena.query.Dataset fetchAll() {
        if (endpoints.data() != null) return conn.fetchDataset();
        org.apache.jena.query.Dataset all = org.apache.jena.query.DatasetFactory.createTxnMem();
        for (String g : graphNames()) {
            ParameterizedSparqlString q = new ParameterizedSparqlString("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
            q.setIri("g", g);
            all.addNamedModel(g, RetryWhenThrottled.call(() -> conn.queryConstruct(q.asQuery())));
        }
        return all;
    }

    /** The names of newskg's graphs on the store, a page at a time (stores cap the rows of one answer). */
    private List<String> graphNames() {
        List<String> names = new ArrayList<>();
        for (int offset = 0; ; offset += GRAPH_PAGE) {
            ParameterizedSparqlString q = new ParameterizedSparqlString(
                    "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g ?p ?o } FILTER(STRSTARTS(STR(?g), ?base)) } ORDER BY ?g LIMIT ?limit OFFSET ?offset");
            q.setLiteral("base", Iris.BASE);
            q.setLiteral("limit", GRAPH_PAGE);
            q.setLiteral("offset", offset);
            int before = names.size();
            select(q.toString(), row -> names.add(row.getResource("g").getURI()));
            if (names.size() - before < GRAPH_PAGE) return names;
        }
    }

    /**
     * Recomputes the statistics graph on a store that does not keep it ({@link RemoteEndpoints#keepsStatistics}):
     * its aggregates run on the store ({@link StatisticsFromScratch}), and the graph is replaced, a few
     * thousand statements a request. Returns the statements written.
     */
    public long refreshStatistics() {
        org.apache.jena.rdf.model.Model stats = StatisticsFromScratch.of(this::select, Iris.BASE);
        Node graph = NodeFactory.createURI(Iris.STATISTICS_GRAPH);
        UpdateRequest update = new UpdateRequest().add(new UpdateDrop(graph, true));
        QuadDataAcc quads = new QuadDataAcc();
        var it = stats.getGraph().find();
        while (it.hasNext()) {
            quads.addQuad(Quad.create(graph, it.next()));
            if (quads.getQuads().size() == STATISTICS_CHUNK) {
                UpdateRequest full = update.add(new UpdateDataInsert(quads));
                RetryWhenThrottled.run(() -> conn.update(full));
                update = new UpdateRequest();
                quads = new QuadDataAcc();
            }
        }
        if (!quads.getQuads().isEmpty() || !update.getOperations().isEmpty()) {
            UpdateRequest last = quads.getQuads().isEmpty() ? update : update.add(new UpdateDataInsert(quads));
            RetryWhenThrottled.run(() -> conn.update(last));
        }
        return stats.size();
    }

    /** Whether this store keeps the statistics graph itself. */
    public boolean keepsStatistics() {
        return endpoints.keepsStatistics();
    }

    @Override
    public void close() {
        conn.close();
        AuthEnv.get().unregisterUsernamePassword(URI.create(url + "/"));
    }
}
