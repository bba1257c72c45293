package org.newskg.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.DCTerms;
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
 * <p>Endpoints are those of Fuseki's dataset URL: {@code URL/query}, {@code URL/update} and
 * {@code URL/data}.
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
    private final String url;
    private final RDFConnection conn;

    public RemoteStore(String url, String user, String password) {
        this.url = url.replaceFirst("/+$", "");
        HttpClient.Builder http = HttpClient.newBuilder();
        if (user != null) {
            http.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password.toCharArray());
                }
            });
        }
        this.conn = RDFConnectionRemote.service(this.url).queryEndpoint("query").updateEndpoint("update").gspEndpoint("data")
                .httpClient(http.build()).build();
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
                try (var qe = conn.query(q)) {
                    return org.apache.jena.query.ResultSetFactory.copyResults(qe.execSelect());
                }
            });
        } catch (RuntimeException e) {
            throw new StoreException("remote store " + url + ": " + e.getMessage(), e);
        }
    }

    /** The whole dataset, all named graphs, as the server holds it. */
    public org.apache.jena.query.Dataset fetchAll() {
        return conn.fetchDataset();
    }

    @Override
    public void close() {
        conn.close();
    }
}
