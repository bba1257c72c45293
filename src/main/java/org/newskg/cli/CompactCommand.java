package org.newskg.cli;

import java.util.concurrent.Callable;
import org.newskg.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact the TDB2 store (write a new generation, delete the old) to give back disk space.")
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (NewsStore s = NewsStore.openExisting(store.db)) {
            long before = s.size().bestBytes();
            s.compact();
            long after = s.size().bestBytes();
            spec.commandLine().getOut().printf("compacted %s: %.1f MB -> %.1f MB%n", store.db, before / 1e6, after / 1e6);
        }
        spec.commandLine().getOut().flush();
        return Newskg.OK;
    }
}
