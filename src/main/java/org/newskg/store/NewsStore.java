package org.newskg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.newskg.rdf.ArticleGraph;
import org.newskg.id.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Provenance;

/**
 * A newskg store: a TDB2 database with one named graph per article, whose union is the default
 * graph that queries see, and one graph of statistics derived from them ({@link StatisticsKeeper}).
 * Each {@link #write} is one transaction: its articles go in together or not at all.
 */
public final class NewsStore implements ArticleStore {
    private static final Map<String, String> PREFIXES = Map.of(
            "nkg", NKG.NS, "id", Iris.BASE, "dct", DCTerms.NS, "rdfs", RDFS.uri, "skos", SKOS.uri,
            "owl", OWL.NS, "xsd", XSD.NS, "prov", NKG.PROV_NS, "rdf", RDF.uri, "wd", Iris.WIKIDATA);

    private final Path dir;
    /** The TDB2 database itself, for what only TDB2 does: compaction, release. */
    private final Dataset base;
    /** The database seen through its statistics keeper and search index: every read and write goes through this. */
    private final Dataset ds;
    /** The two wrappers, told when {@link #write} empties a graph, so that they need not check what it adds. */
    private final StatisticsKeeper keeper;
    private final IndexedDatasetGraph indexed;

    private NewsStore(Path dir, Dataset base, IndexedDatasetGraph indexed, StatisticsKeeper keeper) {
        this.dir = dir;
        this.base = base;
        this.indexed = indexed;
        this.keeper = keeper;
        this.ds = DatasetFactory.wrap(keeper);
    }

    /** Opens the store at {@code dir}, creating it when absent. */
    public static NewsStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        return connect(dir);
    }

    /** Opens an existing store; a missing one is an error rather than a new empty store. */
    public static NewsStore openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("no store at " + dir + " (run 'newskg ingest' first, or pass --db)");
        }
        return connect(dir);
    }

    private static NewsStore connect(Path dir) {
        return connect(dir, UnaryOperator.identity());
    }

    /** Opens the store with its search index seen through {@code wrapIndex} (tests make the index fail). */
    static NewsStore connect(Path dir, UnaryOperator<TextIndex> wrapIndex) {
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(dir.toString());
        } catch (RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            if (e instanceof AlreadyLocked || why.contains("Failed to get a lock")) {
                String holder = why.replaceFirst("(?s).*held by process (\\d+).*", "$1");
                throw new StoreException("store " + dir + " is in use by another process" + (holder.equals(why) ? "" : " (pid " + holder + ")")
                        + "; stop it, or send the work to the server that holds it (newskg ingest --store URL --auth USER:PASSWORD)", e);
            }
            throw new StoreException("cannot open store " + dir + ": " + why, e);
        }
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        IndexedDatasetGraph searchable;
        try {
            searchable = SearchIndex.attach(ds, dir, wrapIndex);
        } catch (RuntimeException e) {
            ds.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
            throw e;
        }
        // Every writer, the Fuseki service included, goes through the statistics keeper (issue 17),
        // and below it through the search index.
        NewsStore store = new NewsStore(dir, ds, searchable, StatisticsKeeper.wrap(searchable));
        store.ensurePrefixes();
        return store;
    }

    private void ensurePrefixes() {
        DatasetGraph dsg = ds.asDatasetGraph();
        boolean missing = Txn.calculateRead(ds, () -> dsg.prefixes().get("nkg") == null);
        if (missing) Txn.executeWrite(ds, () -> PREFIXES.forEach((p, u) -> dsg.prefixes().add(p, u)));
    }

    /** The underlying dataset, for queries; use it inside a transaction. */
    public Dataset dataset() {
        return ds;
    }

    /** The store's memory of the files and pages it has read. */
    public SourceLedger ledger() {
        return new SourceLedger(ds);
    }

    public Path directory() {
        return dir;
    }

    /**
     * Writes a batch of article graphs in one transaction. An article already present with the same
     * content is left untouched; one with other content has its graph replaced.
     */
    @Override
    public List<WriteResult> write(List<ArticleGraph> batch) {
        DatasetGraph dsg = ds.asDatasetGraph();
        return Txn.calculateWrite(ds, () -> {
            List<WriteResult> outcomes = new ArrayList<>(batch.size());
            java.time.Instant now = java.time.Instant.now();
            for (ArticleGraph g : batch) {
                Node gn = NodeFactory.createURI(g.iri());
                Node hashNode = NodeFactory.createLiteralString(g.contentHash());
                if (dsg.contains(gn, gn, NKG.contentHash.asNode(), hashNode)) {
                    outcomes.add(WriteResult.unchanged());
                    continue;
                }
                boolean existed = dsg.contains(gn, gn, Node.ANY, Node.ANY);
                WriteResult.Previous previous = existed ? previous(dsg, gn) : null;
                if (existed) dsg.deleteAny(gn, Node.ANY, Node.ANY, Node.ANY);
                if (!dsg.find(gn, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                    keeper.fresh(gn);
                    indexed.fresh(gn);
                }
                g.model().getGraph().find().forEach(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
                Provenance.stamps(g, now).getGraph().find().forEach(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
                outcomes.add(existed ? WriteResult.replaced(previous) : WriteResult.added());
            }
            return outcomes;
        });
    }

    /** The title and text hash of the article stored in graph {@code gn}, before it is replaced. */
    private static WriteResult.Previous previous(DatasetGraph dsg, Node gn) {
        String title = literal(dsg, gn, DCTerms.title.asNode());
        String text = literal(dsg, gn, NKG.text.asNode());
        return new WriteResult.Previous(title, text == null ? null : org.newskg.id.Keys.sha256(text));
    }

    private static String literal(DatasetGraph dsg, Node gn, Node property) {
        var it = dsg.find(gn, gn, property, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return o.getLiteralLexicalForm();
        }
        return null;
    }

    /**
     * The articles a user's reference names: an article IRI, the article's URL, or the name of the file
     * it was read from.
     */
    public List<String> findArticles(String ref) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT DISTINCT ?a WHERE {
                  { GRAPH ?a { ?a a ?article } FILTER(?a = ?ref) }
                  UNION { GRAPH ?a { ?a ?source ?ref } }
                  UNION { GRAPH ?a { ?a ?file ?name } }
                  UNION { GRAPH ?a { ?a ?file ?fileName } }
                } ORDER BY ?a""");
        q.setIri("article", NKG.Article.getURI());
        q.setIri("source", DCTerms.source.getURI());
        q.setIri("file", NKG.sourceFile.getURI());
        // A reference without a scheme cannot be an IRI; bind one that matches nothing.
        q.setIri("ref", ref.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*") ? ref : Iris.BASE + "no-such-article");
        q.setLiteral("name", ref);
        q.setLiteral("fileName", ref.substring(ref.lastIndexOf('/') + 1));
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), ds)) {
                qe.execSelect().forEachRemaining(s -> out.add(s.getResource("a").getURI()));
            }
            return out;
        });
    }

    @Override
    public void select(String query, java.util.function.Consumer<QuerySolution> row) {
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                qe.execSelect().forEachRemaining(row);
            }
        });
    }

    /** Removes an article's graph; false when there was none. */
    public boolean remove(String articleIri) {
        Node gn = NodeFactory.createURI(articleIri);
        DatasetGraph dsg = ds.asDatasetGraph();
        return Txn.calculateWrite(ds, () -> {
            if (!dsg.contains(gn, Node.ANY, Node.ANY, Node.ANY)) return false;
            dsg.deleteAny(gn, Node.ANY, Node.ANY, Node.ANY);
            return true;
        });
    }

    /** Writes the whole store in {@code format}, streamed (see {@link ExportFormat#write}), in one read transaction. */
    public void export(ExportFormat format, OutputStream out) {
        Txn.executeRead(ds, () -> format.write(ds, out));
    }

    public StoreStats stats() {
        return Txn.calculateRead(ds, () -> {
            Map<String, Long> actors = new LinkedHashMap<>();
            Map<String, Long> events = new LinkedHashMap<>();
            for (var t : List.of(NKG.Person, NKG.Country, NKG.Organization)) actors.put(t.getLocalName(), countInstances(t.getURI()));
            for (var t : List.of(NKG.Meeting, NKG.Attack, NKG.Negotiation)) events.put(t.getLocalName(), countInstances(t.getURI()));
            DatasetGraph dsg = ds.asDatasetGraph();
            long quads = quadCount();
            long graphs = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                if (!StatisticsKeeper.isStatisticsGraph(it.next())) graphs++;
            }
            return new StoreStats(countInstances(NKG.Article.getURI()), actors, events,
                    countInstances(NKG.Evidence.getURI()), quads, graphs, size());
        });
    }

    private long countInstances(String type) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?type }");
        q.setIri("type", type);
        try (QueryExecution qe = QueryExecution.create(q.asQuery(), ds)) {
            ResultSet rs = qe.execSelect();
            QuerySolution s = rs.next();
            return s.getLiteral("n").getLong();
        }
    }

    /** The quads in the store, all graphs. */
    public long quadCount() {
        return Txn.calculateRead(ds, () -> {
            long quads = 0;
            for (var it = ds.asDatasetGraph().find(); it.hasNext(); it.next()) quads++;
            return quads;
        });
    }

    /** The size of the store's folder: its files' apparent size and the disk blocks they take. */
    public StoreSize size() {
        return StoreSize.of(dir);
    }

    /** Merges the search index into one segment when it has more than four (see SearchIndex#merge): how many it merged, else 0. */
    public int mergeSearchIndex() {
        return SearchIndex.merge(indexed, 4);
    }

    /** Compacts the database into a new generation and deletes the old one. */
    public void compact() {
        DatabaseMgr.compact(base.asDatasetGraph(), true);
    }

    @Override
    public void close() {
        ds.close();
        // TDB2 keeps databases cached per JVM; release it so the directory can be reopened or deleted.
        org.apache.jena.tdb2.sys.TDBInternal.expel(base.asDatasetGraph());
    }
}
