package org.newskg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.FileTrees;

/**
 * Backup and restore of a whole store as gzipped N-Quads, the format of TDB2's own backup. Both
 * write aside and move into place, so a failure never leaves a half-written backup or a half-restored
 * store under the real name.
 */
public final class StoreBackup {
    private StoreBackup() {}

    /** Writes every quad of {@code store} to {@code out} (gzipped N-Quads) in one read transaction; returns the quad count. */
    public static long backup(NewsStore store, Path out) {
        Path part = out.resolveSibling(out.getFileName() + ".part");
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        long[] quads = {0};
        try (OutputStream o = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(part)), 1 << 16)) {
            // One read transaction: the backup is a snapshot even while a server writes.
            Txn.executeRead(dsg, () -> {
                var writer = StreamRDFWriter.getWriterStream(o, Lang.NQUADS);
                writer.start();
                dsg.find().forEachRemaining(q -> {
                    writer.quad(q);
                    quads[0]++;
                });
                writer.finish();
            });
        } catch (IOException e) {
            deleteQuietly(part);
            throw new StoreException("cannot write backup " + out + ": " + e.getMessage(), e);
        }
        move(part, out);
        return quads[0];
    }

    /**
     * Loads a backup into a new store at {@code dir}. An existing store there is refused unless
     * {@code replace}; then the backup is loaded beside it first and swapped in only once it loaded
     * whole. Returns the quad count of the restored store.
     */
    public static long restore(Path backup, Path dir, boolean replace) {
        if (!Files.isReadable(backup)) throw new StoreException("cannot read backup " + backup + ": no such readable file");
        boolean exists = Files.isDirectory(dir) && !isEmptyDirectory(dir);
        if (exists && !replace) {
            throw new StoreException("store " + dir + " already exists; restore into a new --db, or pass --replace to swap it for the backup");
        }
        if (exists) {
            // Fails with a clear message when another process (a server) holds the store.
            NewsStore.openExisting(dir).close();
        }
        Path staging = dir.resolveSibling(dir.getFileName() + ".restoring");
        deleteStaged(staging);
        long quads;
        try {
            quads = load(backup, staging);
        } catch (RuntimeException e) {
            deleteStaged(staging);
            throw e;
        }
        if (exists) {
            Path old = dir.resolveSibling(dir.getFileName() + ".replaced");
            deleteStaged(old);
            move(dir, old);
            move(staging, dir);
            deleteStaged(old);
        } else {
            deleteStaged(dir);
            move(staging, dir);
        }
        return quads;
    }

    private static long load(Path backup, Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.basicLoader(dsg, (fmt, args) -> {});
            loader.startBulk();
            try {
                try (InputStream in = openNQuads(backup)) {
                    // Errors come back as one exception naming the file, not also as a log line.
                    RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                            .parse(loader.stream());
                }
                loader.finishBulk();
            } catch (IOException e) {
                loader.finishException(e);
                throw new StoreException("cannot read backup " + backup + ": " + e.getMessage(), e);
            } catch (RiotException e) {
                loader.finishException(e);
                throw new StoreException("backup " + backup + " is damaged: " + e.getMessage(), e);
            }
            return Txn.calculateRead(dsg, () -> dsg.stream().count());
        } finally {
            dsg.close();
            TDBInternal.expel(dsg);
        }
    }

    /** Gzipped or plain N-Quads, told apart by the gzip magic number rather than the file name. */
    private static InputStream openNQuads(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Best effort: the .part name already says it is incomplete.
        }
    }

    private static void deleteStaged(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (java.io.UncheckedIOException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
