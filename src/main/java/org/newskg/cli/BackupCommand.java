package org.newskg.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.newskg.store.NewsStore;
import org.newskg.store.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write the whole store, every article graph, as gzipped N-Quads (TDB2's backup format).",
                "While 'newskg serve --writable' holds the store, use its POST /$/backup/news (with --auth) instead."})
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Backup file (default: <db>-backup-<date>_<time>.nq.gz beside the store).")
    Path out;

    @Override
    public Integer call() {
        Path target = out != null ? out : defaultName(store.db);
        try (NewsStore s = NewsStore.openExisting(store.db)) {
            long quads = StoreBackup.backup(s, target);
            spec.commandLine().getOut().printf("backed up %s: %,d quads to %s%n", store.db, quads, target);
        }
        spec.commandLine().getOut().flush();
        return Newskg.OK;
    }

    private static Path defaultName(Path db) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss"));
        return db.toAbsolutePath().resolveSibling(db.getFileName() + "-backup-" + stamp + ".nq.gz");
    }
}
