package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.ingest.PageFetcher;
import org.newskg.pipeline.IngestSummary;
import org.newskg.rdf.NKG;
import org.newskg.store.ArticleStore;
import org.newskg.store.NewsStore;
import org.newskg.store.RemoteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles (.txt, .html/.htm, .jsonl; directories recursively, in sorted order; or the new pages of "
                + "RSS and Atom feeds), extract actors and events, and store one named graph per article.",
                "Exit 0 when at least one article is in the store after the run; with --strict, any rejected input fails the run."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    IngestOptions options;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or directories.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--extractions", paramLabel = "FILE.jsonl",
            description = "Extraction JSON Lines (see ontology/extraction.schema.json) to load instead of articles.")
    List<Path> extractions = new ArrayList<>();

    @Mixin
    RemoteOptions remote;

    @Mixin
    FeedOptions feeds;

    @Override
    public Integer call() {
        if (paths.isEmpty() && extractions.isEmpty() && !feeds.any()) {
            throw new ParameterException(spec.commandLine(), "give article files or directories, --feed URL|FILE, or --extractions FILE.jsonl");
        }
        if (feeds.any() && remote.isSet()) {
            throw new ParameterException(spec.commandLine(), "--feed needs a local store (--db): what was fetched is remembered in it");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleReport report = new ConsoleReport(out, err);
        IngestSummary total;
        boolean storeHoldsArticles;
        try (ArticleStore s = openStore()) {
            total = paths.isEmpty() && extractions.isEmpty() ? IngestSummary.none()
                    : options.pipeline(s, spec.commandLine()).files(paths).extractions(extractions).listener(report).build().run();
            if (feeds.any()) total = total.plus(pollFeeds((NewsStore) s, report));
            storeHoldsArticles = total.stored() > 0 || holdsAnArticle(s);
            report.clearProgress();
            options.tidyStore(s, total, out);
            if (s instanceof RemoteStore r && !r.keepsStatistics() && total.added() + total.replaced() > 0) {
                long t0 = System.currentTimeMillis();
                long statements = r.refreshStatistics();
                out.printf("recomputed the statistics graph on the store: %,d statements, %.1f s%n", statements, (System.currentTimeMillis() - t0) / 1000.0);
            }
        }
        String where = remote.isSet() ? remote.url : store.db.toString();
        out.printf("%d article(s) stored (%d added, %d replaced, %d unchanged), %d rejected, %d triples written, %.1f s; store %s%n",
                total.stored(), total.added(), total.replaced(), total.unchanged(), total.rejected(), total.triples(),
                total.millis() / 1000.0, where);
        out.flush();
        // The promise is about the store, not this run: a rejected input (a missing path, say) beside a
        // store that already holds articles is reported, and fails the run only under --strict.
        if (!storeHoldsArticles) return Newskg.SOFTWARE;
        return options.strict && total.rejected() > 0 ? Newskg.SOFTWARE : Newskg.OK;
    }

    private IngestSummary pollFeeds(NewsStore s, ConsoleReport report) {
        try (PageFetcher fetcher = feeds.fetcher(options.maxBytes, spec.commandLine())) {
            return feeds.poller(fetcher, s, options, spec.commandLine(), report).pollAll();
        }
    }

    private static boolean holdsAnArticle(ArticleStore s) {
        boolean[] any = {false};
        s.select("SELECT ?a WHERE { ?a a <" + NKG.Article.getURI() + "> } LIMIT 1", row -> any[0] = true);
        return any[0];
    }

    private ArticleStore openStore() {
        return remote.isSet() ? remote.open(spec.commandLine().getErr()) : NewsStore.open(store.db);
    }
}
