package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionJson;
import org.newskg.extract.Extractors;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.InputFiles;
import org.newskg.ingest.ReadResult;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the extraction JSON of articles (one object, or one line each for several); touches no store.",
                "With --format nq --out DIR, write each article's graph as N-Quads shards instead, for a bulk loader "
                + "(e.g. Jena's tdb2.xloader) or for extraction spread over many machines."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files (.txt, .html/.htm, .jsonl) or directories.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or nq.")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the N-Quads shards (with --format nq).")
    Path out;

    @Option(names = "--shard", paramLabel = "N", defaultValue = "1000", description = "Articles per N-Quads shard (default: ${DEFAULT-VALUE}).")
    int shard;

    @Option(names = "--max-bytes", paramLabel = "SIZE", converter = ByteSize.class, defaultValue = "4M",
            description = "Largest article read: a text or HTML file, or one JSON line (default: ${DEFAULT-VALUE}; K, M, G allowed).")
    long maxBytes;

    @Override
    public Integer call() throws IOException {
        boolean nq = format.equals("nq");
        if (!nq && !format.equals("json")) throw new ParameterException(spec.commandLine(), "--format must be json or nq, got " + format);
        if (nq && out == null) throw new ParameterException(spec.commandLine(), "--format nq needs --out DIR");
        InputFiles.Listing listing = InputFiles.expand(paths);
        listing.problems().forEach(p -> spec.commandLine().getErr().println("newskg: rejected " + p.getMessage()));
        ArticleReader reader = new ArticleReader(maxBytes);
        List<ReadResult> results = listing.files().stream().flatMap(f -> reader.read(f).stream()).toList();
        long read = results.stream().filter(r -> r instanceof ReadResult.Read).count();
        int failures = listing.problems().size();
        ShardWriter shards = nq ? new ShardWriter(out, shard) : null;
        for (ReadResult r : results) {
            if (r instanceof ReadResult.Read ok) {
                Extraction x = Extractors.defaultExtractor().extract(ok.article());
                if (shards != null) shards.add(new ExtractionMapper().map(x));
                else spec.commandLine().getOut().println(read > 1 ? ExtractionJson.toLine(x) : ExtractionJson.toPrettyString(x));
            } else if (r instanceof ReadResult.Rejected no) {
                spec.commandLine().getErr().println("newskg: rejected " + no.error().getMessage());
                failures++;
            }
        }
        if (shards != null) {
            shards.close();
            spec.commandLine().getOut().printf("wrote %d article graphs in %d shard(s) to %s%n", read, shards.count, out);
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return read == 0 ? Newskg.SOFTWARE : Newskg.OK;
    }

    /**
     * N-Quads files of {@code size} articles each. IRIs come from the articles alone (no store to resolve
     * against), so the same articles give the same quads on any machine.
     */
    private static final class ShardWriter {
        private final Path dir;
        private final int size;
        private int inShard;
        int count;
        private OutputStream stream;
        private StreamRDF rdf;

        ShardWriter(Path dir, int size) throws IOException {
            this.dir = Files.createDirectories(dir);
            this.size = size;
        }

        void add(ArticleGraph g) throws IOException {
            if (rdf == null || inShard >= size) next();
            Node graph = NodeFactory.createURI(g.iri());
            g.model().getGraph().find().forEachRemaining(t -> rdf.quad(org.apache.jena.sparql.core.Quad.create(graph, t)));
            rdf.quad(org.apache.jena.sparql.core.Quad.create(graph, graph, org.newskg.rdf.NKG.contentHash.asNode(),
                    NodeFactory.createLiteralString(g.contentHash())));
            inShard++;
        }

        private void next() throws IOException {
            close();
            stream = new BufferedOutputStream(Files.newOutputStream(dir.resolve(String.format("shard-%05d.nq", count++))));
            rdf = StreamRDFWriter.getWriterStream(stream, RDFFormat.NQUADS);
            rdf.start();
            inShard = 0;
        }

        void close() throws IOException {
            if (rdf == null) return;
            rdf.finish();
            stream.close();
            rdf = null;
        }
    }
}
