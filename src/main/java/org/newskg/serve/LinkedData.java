package org.newskg.serve;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * How a resource of ours is given to a client: the representation an {@code Accept} header asks for
 * (q-values honoured, {@code q=0} refused, none acceptable: 406), or the one a suffix names
 * ({@code .ttl}, {@code .jsonld}, {@code .nt}, {@code .html}); the {@code Link rel=alternate} headers
 * that name the others; and JSON-LD compacted with our context ({@code /ontology/context.jsonld}),
 * whose terms say which values are IRIs, numbers and dates.
 */
final class LinkedData {
    /** What a resource can be given as, in the order preferred when the client has no preference. */
    enum Representation {
        HTML("text/html", "html"), TURTLE("text/turtle", "ttl"), JSONLD("application/ld+json", "jsonld"), NTRIPLES("application/n-triples", "nt");

        final String mediaType;
        final String suffix;

        Representation(String mediaType, String suffix) {
            this.mediaType = mediaType;
            this.suffix = suffix;
        }
    }

    /** The representation a path's suffix names, or null. */
    static Representation bySuffix(String path) {
        for (Representation r : Representation.values()) {
            if (path.endsWith("." + r.suffix)) return r;
        }
        return null;
    }

    /**
     * The representation the {@code Accept} header prefers among those offered: highest q, then the
     * more specific range, then our order; HTML without a header. Null: none is acceptable (406).
     */
    static Representation negotiate(String accept, List<Representation> offered) {
        if (accept == null || accept.isBlank()) return offered.get(0);
        AcceptList proposals = new AcceptList(accept);
        Representation best = null;
        double bestQ = 0;
        int bestExactness = -1;
        for (Representation r : offered) {
            MediaRange range = proposals.match(MediaType.create(r.mediaType));
            if (range == null || range.get_q() <= 0) continue;
            int exactness = "*".equals(range.getType()) ? 0 : "*".equals(range.getSubType()) ? 1 : 2;
            if (range.get_q() > bestQ || range.get_q() == bestQ && exactness > bestExactness) {
                best = r;
                bestQ = range.get_q();
                bestExactness = exactness;
            }
        }
        return best;
    }

    /** {@code Link} headers naming each other representation of {@code path} (without suffix) by its suffix. */
    static String alternates(String path, Representation given) {
        StringBuilder b = new StringBuilder();
        for (Representation r : Representation.values()) {
            if (r == given) continue;
            if (b.length() > 0) b.append(", ");
            b.append('<').append(path).append('.').append(r.suffix).append(">; rel=\"alternate\"; type=\"").append(r.mediaType).append('"');
        }
        return b.toString();
    }

    /** Writes {@code m} as {@code r} (not HTML). */
    static void write(Model m, Representation r, OutputStream out) throws IOException {
        switch (r) {
            case TURTLE -> RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
            case NTRIPLES -> RDFDataMgr.write(out, m, Lang.NTRIPLES);
            case JSONLD -> writeJsonLd(m, out);
            case HTML -> throw new IllegalArgumentException("HTML is written by its page");
        }
    }

    /** Our JSON-LD context, as served at /ontology/context.jsonld. */
    static byte[] context() {
        return Holder.CONTEXT;
    }

    /** JSON-LD compacted with our context, which it carries inline: a reader needs nothing else. */
    private static void writeJsonLd(Model m, OutputStream out) throws IOException {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, m, RDFFormat.JSONLD11_PLAIN);
        try {
            JsonObject compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                    JsonDocument.of(new ByteArrayInputStream(Holder.CONTEXT))).get();
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out, StandardCharsets.UTF_8)) {
                w.write(compacted);
            }
        } catch (com.apicatalog.jsonld.JsonLdError e) {
            throw new IOException("cannot compact JSON-LD: " + e.getMessage(), e);
        }
    }

    /** Loaded on first use, once. */
    private static final class Holder {
        static final byte[] CONTEXT = read("/newskg/ontology/context.jsonld");

        private static byte[] read(String resource) {
            try (InputStream in = LinkedData.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing resource " + resource);
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private LinkedData() {}
}
