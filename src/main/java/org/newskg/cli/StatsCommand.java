package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.store.NewsStore;
import org.newskg.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what the store holds.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        StoreStats st;
        try (NewsStore s = NewsStore.openExisting(store.db)) {
            st = s.stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("store      %s%n", store.db);
        out.printf("articles   %d%n", st.articles());
        st.actorsByKind().forEach((k, v) -> out.printf("%-10s %d%n", k, v));
        st.eventsByKind().forEach((k, v) -> out.printf("%-10s %d%n", k, v));
        out.printf("evidence   %d%n", st.evidence());
        out.printf("graphs     %d%n", st.graphs());
        out.printf("quads      %d%n", st.quads());
        // TDB2 files are sparse: their apparent size is far above the blocks in use (see 'du').
        out.printf("files      %.1f MB (apparent size of sparse files)%n", st.bytesOnDisk() / 1e6);
        out.flush();
        return Newskg.OK;
    }
}
