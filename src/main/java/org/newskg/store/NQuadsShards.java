package org.newskg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.Provenance;

/**
 * A sink of N-Quads files, {@code shard-00000.nq} on, of {@code size} articles each, for a bulk loader
 * (e.g. Jena's tdb2.xloader) or for extraction spread over many machines. Each graph is stamped with its
 * content hash but no time, so the same articles give the same quads on any machine.
 */
public final class NQuadsShards implements GraphSink {
    private final Path dir;
    private final int size;
    private int inShard;
    private int count;
    private OutputStream stream;
    private StreamRDF rdf;

    /** Shards of {@code size} articles each in {@code dir}, created when absent. */
    public NQuadsShards(Path dir, int size) throws IOException {
        if (size < 1) throw new IllegalArgumentException("shard size must be at least 1, got " + size);
        this.dir = Files.createDirectories(dir);
        this.size = size;
    }

    /** Shards started so far. */
    public int count() {
        return count;
    }

    @Override
    public List<WriteResult> write(List<ArticleGraph> batch) {
        List<WriteResult> out = new ArrayList<>(batch.size());
        try {
            for (ArticleGraph g : batch) {
                if (rdf == null || inShard >= size) next();
                send(g, rdf);
                inShard++;
                out.add(WriteResult.added());
            }
        } catch (IOException e) {
            throw new StoreException("cannot write N-Quads to " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The quads of one article's graph, stamped with its content hash and no time, as a shard holds them. */
    public static void send(ArticleGraph g, StreamRDF rdf) {
        Node graph = NodeFactory.createURI(g.iri());
        g.model().getGraph().find().forEachRemaining(t -> rdf.quad(Quad.create(graph, t)));
        Provenance.stamps(g, null).getGraph().find().forEachRemaining(t -> rdf.quad(Quad.create(graph, t)));
    }

    /** One article's graph as N-Quads text, as a shard holds it. */
    public static String text(ArticleGraph g) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        w.start();
        send(g, w);
        w.finish();
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void next() throws IOException {
        finish();
        stream = new BufferedOutputStream(Files.newOutputStream(dir.resolve(String.format("shard-%05d.nq", count++))));
        rdf = StreamRDFWriter.getWriterStream(stream, RDFFormat.NQUADS);
        rdf.start();
        inShard = 0;
    }

    private void finish() throws IOException {
        if (rdf == null) return;
        rdf.finish();
        stream.close();
        rdf = null;
    }

    @Override
    public void close() {
        try {
            finish();
        } catch (IOException e) {
            throw new StoreException("cannot write N-Quads to " + dir + ": " + e.getMessage(), e);
        }
    }
}
