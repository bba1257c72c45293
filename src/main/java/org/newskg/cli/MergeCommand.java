package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.resolve.Curation;
import org.newskg.store.NewsStore;
import org.newskg.store.NodeRewriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Say that two actors are one: OTHER becomes KEEP in every article that mentions it, and the "
                + "curation file records it so that later ingests resolve OTHER's names to KEEP."})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    CurationOptions curation;

    @Parameters(index = "0", paramLabel = "KEEP", description = "IRI of the node to keep.")
    String keep;

    @Parameters(index = "1", paramLabel = "OTHER", description = "IRI of the node that is the same thing.")
    String other;

    @Override
    public Integer call() {
        Curation c = curation.load();
        c.record(Curation.Verb.SAME, keep, other);
        List<String> changed;
        try (NewsStore s = NewsStore.openExisting(store.db)) {
            changed = new NodeRewriter(s).replace(other, keep, (g, triples) -> true);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("merged %s into %s in %d article(s); recorded in %s%n", other, keep, changed.size(), curation.path());
        out.flush();
        return Newskg.OK;
    }
}
