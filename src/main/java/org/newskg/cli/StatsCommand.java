package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.store.NewsStore;
import org.newskg.store.StoreSize;
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
        // TDB2's files are sparse: the blocks in use are what the store costs; the apparent size is far above.
        StoreSize size = st.size();
        if (size.bytesInUse() >= 0) {
            out.printf("disk       %.1f MB in use (files' apparent size %.1f MB: TDB2's files are sparse)%n",
                    size.bytesInUse() / 1e6, size.apparentBytes() / 1e6);
        } else {
            out.printf("disk       unknown here (no du); files' apparent size %.1f MB (TDB2's files are sparse)%n", size.apparentBytes() / 1e6);
        }
        out.flush();
        return Newskg.OK;
    }
}
