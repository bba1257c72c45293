package org.newskg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.newskg.ingest.ArticleReader;

/**
 * The article files under the inputs, on any Hadoop file system, in the order a local ingest reads
 * them: the inputs as given, each folder's files sorted by path, hidden folders left out.
 */
final class InputListing {
    private InputListing() {}

    static List<InputFile> list(List<String> inputs, Configuration conf) {
        List<InputFile> out = new ArrayList<>();
        try {
            for (String input : inputs) {
                org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
                FileSystem fs = root.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(root);
                List<InputFile> found = new ArrayList<>();
                if (status.isFile()) {
                    found.add(file(status));
                } else {
                    walk(fs, root, found);
                    found.sort((a, b) -> a.uri().compareTo(b.uri()));
                }
                out.addAll(found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The article files under {@code dir}, hidden folders skipped. Plain listings: listFiles' located
     * statuses read each local file's owner and permissions, which Hadoop's local file system gets by
     * starting a process per file (30 s for 10,000 files).
     */
    private static void walk(FileSystem fs, org.apache.hadoop.fs.Path dir, List<InputFile> found) throws IOException {
        for (FileStatus f : fs.listStatus(dir)) {
            String name = f.getPath().getName();
            if (f.isDirectory()) {
                if (!name.startsWith(".")) walk(fs, f.getPath(), found);
            } else if (ArticleReader.accepts(Path.of(name))) {
                found.add(file(f));
            }
        }
    }

    private static InputFile file(FileStatus f) {
        return new InputFile(f.getPath().toUri().toString(), f.getPath().getName(), f.getModificationTime());
    }
}
