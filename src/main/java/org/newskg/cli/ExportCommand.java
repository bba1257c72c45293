package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.store.ExportFormat;
import org.newskg.store.NewsStore;
import org.newskg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store as linked data: ttl the fused graph, trig, nq and jsonld the named graphs (one per article).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Newskg parent;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
            description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    RemoteOptions remote;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        if (remote.isSet()) {
            try (var r = remote.open(spec.commandLine().getErr())) {
                org.apache.jena.query.Dataset ds = r.fetchAll();
                // The same writers as a local export, so both give the same document.
                write(o -> f.write(ds, o));
            }
        } else {
            try (NewsStore s = NewsStore.openExisting(store.db)) {
                write(o -> s.export(f, o));
            }
        }
        return Newskg.OK;
    }

    private void write(java.util.function.Consumer<OutputStream> export) throws IOException {
        if (out == null) {
            OutputStream o = new BufferedOutputStream(parent.stdout());
            export.accept(o);
            o.flush();
            return;
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            export.accept(o);
        } catch (IOException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
        }
        // Written aside and moved, so a failed export never leaves a truncated file under the real name.
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
