package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void walksDirectoriesRecursivelyInSortedOrder() throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.createDirectories(dir.resolve(".hidden"));
        for (String f : List.of("b/inner/z.html", "b/a.txt", "c.jsonl", "a.txt", "notes.md", ".hidden/x.txt")) {
            Files.writeString(dir.resolve(f), "x");
        }
        InputFiles.Listing l = InputFiles.expand(List.of(dir));
        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b/a.txt"), dir.resolve("b/inner/z.html"), dir.resolve("c.jsonl")), l.files());
        assertTrue(l.problems().isEmpty());
    }

    @Test
    void reportsMissingPathsEmptyDirectoriesAndLinkLoops() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path loopy = Files.createDirectories(dir.resolve("loopy"));
        Files.writeString(loopy.resolve("a.txt"), "x");
        Files.createSymbolicLink(loopy.resolve("self"), loopy);
        InputFiles.Listing l = InputFiles.expand(List.of(dir.resolve("nope"), empty, loopy));
        assertEquals(List.of(loopy.resolve("a.txt")), l.files());
        List<String> messages = l.problems().stream().map(Exception::getMessage).toList();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(0).endsWith("nope: no such file or directory"));
        assertTrue(messages.get(1).contains("holds no .txt"));
        assertTrue(messages.get(2).contains("symbolic link loop"));
    }
}
