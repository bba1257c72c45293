package org.newskg.store;

import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** Export formats: Turtle and JSON-LD write the fused (union) graph, TriG and N-Quads the named graphs. */
public enum ExportFormat {
    TTL(RDFFormat.TURTLE_PRETTY, false),
    JSONLD(RDFFormat.JSONLD_PRETTY, false),
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

    /** Parses a user's spelling ("ttl", "TriG", "nq", "jsonld"). */
    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new StoreException("unknown format \"" + s + "\" (expected ttl, trig, nq or jsonld)");
        }
    }
}
