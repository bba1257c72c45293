package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.apache.jena.system.Txn;
import org.newskg.query.EventTable;
import org.newskg.query.NetworkGexf;
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
        description = {"Write the whole store as linked data: ttl the fused graph, trig, nq and jsonld the named graphs (one per article).",
                "Or as tables: events-csv one row per event (ACLED-like columns, with CAMEO and PLOVER codes), gexf the network of who met "
                        + "whom and who attacked where (GEXF 1.3, for Gephi)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Newskg parent;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
            description = "ttl, trig, nq, jsonld, events-csv or gexf (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    RemoteOptions remote;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (TABLES.contains(format.toLowerCase(java.util.Locale.ROOT))) return exportTable(format.toLowerCase(java.util.Locale.ROOT));
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

    /** Tables read from a local store's statistics and article graphs, not linked data. */
    private static final java.util.Set<String> TABLES = java.util.Set.of("events-csv", "gexf");

    private Integer exportTable(String table) throws IOException {
        if (remote.isSet()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format " + table + " reads a local store (--db); "
                    + "export the remote one with --format nq and load it, or run newskg serve and fetch /network.gexf");
        }
        try (NewsStore s = NewsStore.openExisting(store.db)) {
            write(o -> Txn.executeRead(s.dataset(), () -> {
                try {
                    if (table.equals("gexf")) {
                        NetworkGexf.write(NetworkGexf.whoMetOrAttacked(s.dataset()), "Who met whom and who attacked where; weight = events", o);
                    } else {
                        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                        EventTable.write(s.dataset(), w);
                        w.flush();
                    }
                } catch (IOException | XMLStreamException e) {
                    throw new StoreException("cannot write " + table + ": " + e.getMessage(), e);
                }
            }));
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
