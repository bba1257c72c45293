package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.NewskgException;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionJson;
import org.newskg.pipeline.ArticleReport;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.MappedArticle;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.GraphSink;
import org.newskg.store.NQuadsShards;
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
        if (nq && shard < 1) throw new ParameterException(spec.commandLine(), "--shard must be at least 1, got " + shard);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        NQuadsShards shards = nq ? new NQuadsShards(out, shard) : null;
        Printer printer = new Printer(stdout, stderr, !nq);
        // No store: IRIs come from each article alone, so the same articles give the same quads on any machine.
        try (GraphSink sink = nq ? shards : GraphSink.discarding()) {
            Pipeline.builder(sink).files(paths).maxBytes(maxBytes).listener(printer).build().run();
        }
        printer.finish();
        if (nq) stdout.printf("wrote %d article graphs in %d shard(s) to %s%n", printer.articles, shards.count(), out);
        stdout.flush();
        stderr.flush();
        return printer.articles == 0 ? Newskg.SOFTWARE : Newskg.OK;
    }

    /**
     * Prints each article's extraction JSON as it comes (one line each; a single article as one pretty
     * object) and each rejection.
     */
    private static final class Printer implements IngestListener {
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean json;
        private Extraction first;
        int articles;

        Printer(PrintWriter out, PrintWriter err, boolean json) {
            this.out = out;
            this.err = err;
            this.json = json;
        }

        @Override
        public void mapped(MappedArticle article) {
            articles++;
            if (!json) return;
            if (articles == 1) {
                first = article.extraction();
                return;
            }
            if (first != null) {
                out.println(ExtractionJson.toLine(first));
                first = null;
            }
            out.println(ExtractionJson.toLine(article.extraction()));
        }

        @Override
        public void stored(ArticleReport report) {}

        @Override
        public void rejected(NewskgException problem) {
            err.println("newskg: rejected " + problem.getMessage());
        }

        /** Prints a lone article, which only now is known to be alone. */
        void finish() {
            if (first != null) out.println(ExtractionJson.toPrettyString(first));
            first = null;
        }
    }
}
