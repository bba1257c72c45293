package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The size of a store's folder, two ways. TDB2 grows its files sparsely (each a few MB ahead of
 * the data), so the sum of file sizes, the apparent size, is far above what the store takes on disk:
 * 201 MB apparent against under 1 MB in use for the samples. Java cannot read a file's allocated
 * blocks, so the blocks in use come from POSIX {@code du -sk}; where there is no {@code du} they are
 * unknown (-1) and only the apparent size is given.
 *
 * @param apparentBytes the sum of the files' sizes
 * @param bytesInUse    the disk blocks the folder takes, in bytes, or -1 when the platform does not tell
 */
public record StoreSize(long apparentBytes, long bytesInUse) {
    /** Measures the folder {@code dir}. */
    public static StoreSize of(Path dir) {
        return new StoreSize(apparent(dir), blocksInUse(dir));
    }

    /** The blocks in use when known, else the apparent size: the better figure of what the store costs. */
    public long bestBytes() {
        return bytesInUse >= 0 ? bytesInUse : apparentBytes;
    }

    private static long apparent(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // deleted while walking (a compaction's old generation)
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long blocksInUse(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!du.waitFor(30, TimeUnit.SECONDS)) {
                du.destroyForcibly();
                return -1;
            }
            return du.exitValue() == 0 ? Long.parseLong(out.split("\\s+")[0]) * 1024 : -1;
        } catch (IOException | NumberFormatException e) {
            return -1; // no du here: the blocks in use are unknown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
