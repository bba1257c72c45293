package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove articles, and everything they said, from the store.")
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "Article IRI, URL, or the file name it was read from.")
    List<String> refs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int missing = 0;
        try (NewsStore s = NewsStore.openExisting(store.db)) {
            for (String ref : refs) {
                List<String> found = s.findArticles(ref);
                if (found.isEmpty()) {
                    err.println("newskg: no article matches " + ref);
                    missing++;
                }
                for (String iri : found) {
                    s.remove(iri);
                    out.println("removed " + iri + "  [" + ref + "]");
                }
            }
        }
        out.flush();
        err.flush();
        return missing == 0 ? Newskg.OK : Newskg.SOFTWARE;
    }
}
