package org.newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command shares. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "newskg-db",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path db;
}
