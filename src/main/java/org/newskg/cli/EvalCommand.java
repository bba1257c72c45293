package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.eval.Evaluator;
import org.newskg.eval.GoldArticle;
import org.newskg.extract.Extractors;
import org.newskg.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extraction and resolution against the gold annotations: the articles go through a temporary "
                + "store as ingest does; prints precision, recall and F1 per class and split (dev, heldout, test), the "
                + "accuracy of attributes (role, affiliation, place, date, attacker, weapon, killed, injured, participants) "
                + "and how many multi-source events came out as one node. For the news corpus: "
                + "--gold data/gold/corpus --root ../shared/corpus."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "data/gold", description = "Gold folder (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Where the gold files' article paths start (default: the working directory; ../shared/corpus for data/gold/corpus).")
    Path root;

    @Option(names = "--errors", paramLabel = "KIND", description = "Also list the false and missed items of one kind "
            + "(Person, Country, Organization, Meeting, Attack, Negotiation; or role, affiliation, attacker) in the dev and heldout splits; the test split is never listed.")
    String errorKind;

    @Override
    public Integer call() throws IOException {
        var articles = GoldArticle.loadAll(gold, root);
        Evaluator.Report report;
        try (ScratchDir tmp = new ScratchDir("newskg-eval"); NewsStore store = NewsStore.open(tmp.path.resolve("db"))) {
            report = new Evaluator(Extractors.defaultExtractor(), errorKind).run(articles, store);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("newskg eval: %d gold articles in %s%n", articles.size(), gold);
        out.print(Evaluator.format(report));
        report.errors().forEach(out::println);
        if (Newskg.verbose) report.unfused().forEach(u -> out.println("  not fused: " + u));
        out.flush();
        return Newskg.OK;
    }
}
