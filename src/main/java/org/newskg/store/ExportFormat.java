package org.newskg.store;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * Export formats, each written as a stream so that memory does not grow with the store: Turtle the
 * fused (union) graph, grouped by subject; TriG, N-Quads and JSON-LD the named graphs, one per article.
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

    /** Writes the dataset in this format; call inside a read transaction when {@code ds} is transactional. */
    public void write(Dataset ds, OutputStream out) {
        if (this == JSONLD) JsonLdExport.write(ds.asDatasetGraph(), out);
        else if (namedGraphs) RDFDataMgr.write(out, ds.asDatasetGraph(), format);
        else RDFDataMgr.write(out, ds.getUnionModel(), format);
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
