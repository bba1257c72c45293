package org.newskg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder for one command's work, deleted with all it holds when closed. */
final class ScratchDir implements AutoCloseable {
    final Path path;

    ScratchDir(String prefix) throws IOException {
        this.path = Files.createTempDirectory(prefix);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
