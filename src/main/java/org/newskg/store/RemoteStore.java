package org.newskg.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;

/**
 * A remote SPARQL 1.1 store (any standard server: Fuseki, GraphDB, Virtuoso ...) in place of the
 * embedded one: article graphs go by the Graph Store Protocol (a PUT replaces one graph whole, so an
 * article is written wholly or not at all), reads by SPARQL query. Several ingest processes can feed
 * one store; a running {@code newskg serve --writable --auth} is one.
 *
 * <p>Endpoints are those of Fuseki's dataset URL: {@code URL/query} and {@code URL/data}.
 */
public final class RemoteStore implements ArticleStore {
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
        this.conn = RDFConnectionRemote.service(this.url).queryEndpoint("query").gspEndpoint("data")
                .httpClient(http.build()).build();
    }

    @Override
    public List<WriteOutcome> write(List<ArticleGraph> batch) {
        List<WriteOutcome> out = new ArrayList<>(batch.size());
        try {
            for (ArticleGraph g : batch) {
                if (ask("ASK { GRAPH ?g { ?g ?hash ?value } }", g, g.contentHash())) {
                    out.add(WriteOutcome.UNCHANGED);
                    continue;
                }
                boolean existed = ask("ASK { GRAPH ?g { ?s ?p ?o } }", g, null);
                Model m = ModelFactory.createDefaultModel().add(g.model());
                Resource article = m.createResource(g.iri());
                article.addProperty(NKG.contentHash, g.contentHash());
                article.addProperty(NKG.generatedAtTime, m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime));
                conn.put(g.iri(), m);
                out.add(existed ? WriteOutcome.REPLACED : WriteOutcome.ADDED);
            }
        } catch (RuntimeException e) {
            throw new StoreException("remote store " + url + ": " + e.getMessage(), e);
        }
        return out;
    }

    private boolean ask(String query, ArticleGraph g, String hash) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(query);
        q.setIri("g", g.iri());
        q.setIri("hash", NKG.contentHash.getURI());
        if (hash != null) q.setLiteral("value", hash);
        return conn.queryAsk(q.asQuery());
    }

    @Override
    public void select(String query, Consumer<QuerySolution> row) {
        try {
            conn.querySelect(query, row);
        } catch (RuntimeException e) {
            throw new StoreException("remote store " + url + ": " + e.getMessage(), e);
        }
    }

    /** Runs a SELECT on the server and copies its rows. */
    public org.apache.jena.query.ResultSetRewindable selectCopy(org.apache.jena.query.Query q) {
        try (var qe = conn.query(q)) {
            return org.apache.jena.query.ResultSetFactory.copyResults(qe.execSelect());
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
