package org.newskg.store;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Export formats, each written as a stream so that memory does not grow with the store: Turtle the
 * fused (union) graph, grouped by subject; TriG, N-Quads and JSON-LD the named graphs, one per article.
 * None of them holds the statistics graph.
 */
public enum ExportFormat {
    // Blocks, not pretty: the pretty writer keeps a set of every subject and blank node of the graph.
    TTL(RDFFormat.TURTLE_BLOCKS, false),
    // Written by JsonLdExport, one article graph at a time; JSON-LD_PRETTY is how each graph is compacted.
    JSONLD(RDFFormat.JSONLD_PRETTY, true),
    TRIG(RDFFormat.TRIG_BLOCKS, true),
    NQ(RDFFormat.NQUADS, true);

    private final RDFFormat format;
    private final boolean namedGraphs;

    ExportFormat(RDFFormat format, boolean namedGraphs) {
        this.format = format;
        this.namedGraphs = namedGraphs;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    /** True for formats that keep one graph per article. */
    public boolean keepsNamedGraphs() {
        return namedGraphs;
    }

    /**
     * Writes the dataset in this format; call inside a read transaction when {@code ds} is transactional.
     * The statistics graph is left out: it is derived from the articles, and a store loaded from the
     * export computes it again.
     */
    public void write(Dataset ds, OutputStream out) {
        DatasetGraph dsg = ds.asDatasetGraph();
        if (this == JSONLD) {
            JsonLdExport.write(dsg, out);
            return;
        }
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
        w.start();
        dsg.prefixes().forEach(w::prefix);
        if (namedGraphs) {
            dsg.find().forEachRemaining(q -> {
                // The default graph holds the ledger of sources read (SourceLedger): the store's memory, not data.
                if (!StatisticsKeeper.isStatisticsGraph(q.getGraph()) && !Quad.isDefaultGraph(q.getGraph())) w.quad(q);
            });
        } else {
            ds.getUnionModel().getGraph().find().forEachRemaining(t -> {
                if (!onlyAStatistic(dsg, t)) w.triple(t);
            });
        }
        w.finish();
    }

    /** True for a triple of the union graph that only the statistics graph holds. */
    private static boolean onlyAStatistic(DatasetGraph dsg, Triple t) {
        // Most triples use no statistics term and are answered without a lookup.
        if (!StatisticsKeeper.mayBeStatistic(t)) return false;
        var it = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (!StatisticsKeeper.isStatisticsGraph(g) && !Quad.isDefaultGraph(g)) return false;
        }
        return true;
    }

    /** Parses a user's spelling ("ttl", "TriG", "nq", "jsonld"). */
    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new StoreException("unknown format \"" + s + "\" (expected ttl, trig, nq or jsonld)");
        }
    }
}
