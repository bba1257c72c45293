package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newskg.FileTrees;

/** A temporary folder for one command's work, deleted with all it holds when closed. */
final class ScratchDir implements AutoCloseable {
    final Path path;

    ScratchDir(String prefix) throws IOException {
        this.path = Files.createTempDirectory(prefix);
    }

    @Override
    public void close() {
        FileTrees.delete(path);
    }
}
