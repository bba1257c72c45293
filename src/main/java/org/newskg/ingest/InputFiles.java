package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands the paths given on the command line into input files: directories recursively, in sorted
 * order, so the same inputs always give the same order. Problems (missing paths, loops, unreadable
 * folders) are collected, not thrown.
 */
public final class InputFiles {
    /** The files found, and the problems met on the way. */
    public record Listing(List<Path> files, List<IngestException> problems) {}

    private InputFiles() {}

    public static Listing expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<IngestException> problems = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.add(new IngestException(p.toString(), "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                int before = files.size();
                walk(p, files, problems);
                if (files.size() == before) {
                    problems.add(new IngestException(p.toString(), "directory holds no .txt, .html, .htm, .jsonl, .warc or .warc.gz files"));
                }
            } else {
                files.add(p);
            }
        }
        return new Listing(files, problems);
    }

    /**
     * The input files under {@code dir} (sorted; hidden folders skipped), telling {@code onFolder} of
     * each folder visited; an empty folder is no problem here.
     */
    public static Listing under(Path dir, java.util.function.Consumer<Path> onFolder) {
        List<Path> files = new ArrayList<>();
        List<IngestException> problems = new ArrayList<>();
        walk(dir, files, problems, onFolder);
        return new Listing(files, problems);
    }

    private static void walk(Path dir, List<Path> files, List<IngestException> problems) {
        walk(dir, files, problems, d -> {});
    }

    private static void walk(Path dir, List<Path> files, List<IngestException> problems, java.util.function.Consumer<Path> onFolder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean hidden = !d.equals(dir) && d.getFileName().toString().startsWith(".");
                    if (hidden) return FileVisitResult.SKIP_SUBTREE;
                    onFolder.accept(d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && ArticleReader.accepts(f)) found.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    String reason = e instanceof FileSystemLoopException ? "symbolic link loop, skipped" : ArticleReader.describe(e);
                    problems.add(new IngestException(f.toString(), reason));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new IngestException(dir.toString(), ArticleReader.describe(e)));
        }
        found.sort(null);
        files.addAll(found);
    }
}
