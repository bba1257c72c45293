package org.newskg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.store.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Load a backup (gzipped or plain N-Quads) into a new store.",
                "An existing store is kept unless --replace; then the backup is loaded beside it and swapped in only once whole."})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "BACKUP", description = "File written by 'newskg backup' (or TDB2's own backup).")
    Path backup;

    @Option(names = "--replace", description = "Replace the store at --db if there is one.")
    boolean replace;

    @Override
    public Integer call() {
        long quads = StoreBackup.restore(backup, store.db, replace);
        spec.commandLine().getOut().printf("restored %s from %s: %,d quads%n", store.db, backup, quads);
        spec.commandLine().getOut().flush();
        return Newskg.OK;
    }
}
