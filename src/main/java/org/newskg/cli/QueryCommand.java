package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetRewindable;
import org.newskg.query.QueryTemplate;
import org.newskg.query.ResultFormat;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateRunner;
import org.newskg.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved query template against the store. IRI parameters also take a name (\"Ruiz\", \"Paris\").")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Newskg parent;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "NAME", description = "Template name (see 'newskg queries').")
    String name;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter; repeat for more.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or tsv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of query templates (default: the bundled queries/).")
    Path queries;

    @Mixin
    RemoteOptions remote;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query timeout (default: ${DEFAULT-VALUE} s).")
    int timeout;

    @Override
    public Integer call() throws IOException {
        ResultFormat f = ResultFormat.byName(format);
        if (f == null) throw new ParameterException(spec.commandLine(), "--format must be table, json, csv or tsv, got " + format);
        var template = library(queries, remote).get(name);
        ResultSetRewindable rows = run(template, params, store, remote, timeout, spec);
        OutputStream out = new BufferedOutputStream(parent.stdout());
        // A table names things; a remote store is not asked again for their names.
        f.write(rows, out, f == ResultFormat.TABLE && !remote.isSet() ? labels(store.db, rows) : iri -> null);
        out.flush();
        return Newskg.OK;
    }

    /** The names of our IRIs in {@code rows} ({@link IriNames}), from the local store. */
    static java.util.function.Function<String, String> labels(java.nio.file.Path db, ResultSetRewindable rows) {
        try (NewsStore s = NewsStore.openExisting(db)) {
            return org.newskg.query.IriNames.of(s.dataset(), rows);
        }
    }

    /** The templates of {@code queries} (or the bundled ones) as the store asked can answer them: see --store-text. */
    static TemplateLibrary library(java.nio.file.Path queries, RemoteOptions remote) {
        return TemplateLibrary.load(queries, !remote.isSet() || remote.searchIndex());
    }

    /** Runs a template on the local store or, with --store, the remote one. */
    static ResultSetRewindable run(QueryTemplate template, Map<String, String> params, StoreOptions store, RemoteOptions remote,
            int timeoutSeconds, CommandSpec spec) {
        if (remote.isSet()) {
            try (var r = remote.open(spec.commandLine().getErr())) {
                return new TemplateRunner((q, t) -> r.selectCopy(q), timeoutSeconds * 1000L).run(template, params);
            }
        }
        try (NewsStore s = NewsStore.openExisting(store.db)) {
            return new TemplateRunner(s.dataset(), timeoutSeconds * 1000L).run(template, params);
        }
    }
}
