package org.newskg.cli;

import java.nio.file.Path;
import org.newskg.resolve.Curation;
import picocli.CommandLine.Option;

/** The {@code --curation} option: analysts' corrections to resolution. */
final class CurationOptions {
    @Option(names = "--curation", paramLabel = "FILE", description = "Curation file (default: data/curation.tsv, if present).")
    Path file;

    Curation load() {
        return Curation.load(file != null ? file : Curation.DEFAULT);
    }

    Path path() {
        return file != null ? file : Curation.DEFAULT;
    }
}
