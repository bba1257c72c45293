package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetRewindable;
import org.newskg.query.ResultFormat;
import org.newskg.query.SearchHits;
import org.newskg.query.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find evidence sentences and article titles that have all the words, best first, with what they are evidence for and their article (the saved template 'search').",
                "Case, accents and English word endings do not matter; matched words are marked ⟦like this⟧."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Newskg parent;

    @Mixin
    StoreOptions store;

    @Mixin
    RemoteOptions remote;

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "The words to find, e.g. drone strike mosque.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Sentences shown at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text, table, json, csv or tsv (default: ${DEFAULT-VALUE}; all but text give every row of the template).")
    String format;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of query templates (default: the bundled queries/).")
    Path queries;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query timeout (default: ${DEFAULT-VALUE} s).")
    int timeout;

    @Override
    public Integer call() throws Exception {
        ResultFormat f = format.equals("text") ? null : ResultFormat.byName(format);
        if (f == null && !format.equals("text")) throw new ParameterException(spec.commandLine(), "--format must be text, table, json, csv or tsv, got " + format);
        if (limit < 1) throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        var template = QueryCommand.library(queries, remote).get("search");
        ResultSetRewindable rows = QueryCommand.run(template, Map.of("words", String.join(" ", words)), store, remote, timeout, spec);
        OutputStream out = new BufferedOutputStream(parent.stdout());
        if (f != null) {
            f.write(rows, out);
        } else {
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            printHits(rows, w);
            w.flush();
        }
        out.flush();
        return Newskg.OK;
    }

    /** One block per sentence or title, best first: the marked text, then what it supports and where it comes from. */
    private void printHits(ResultSetRewindable rows, PrintWriter w) {
        List<SearchHits.Hit> hits = SearchHits.of(rows);
        if (hits.isEmpty()) {
            w.println("nothing found for: " + String.join(" ", words));
            return;
        }
        for (int n = 0; n < hits.size(); n++) {
            if (n == limit) {
                w.printf("... %d more (--limit)%n", hits.size() - limit);
                break;
            }
            SearchHits.Hit h = hits.get(n);
            w.printf("%d. %s%n", n + 1, h.match());
            for (SearchHits.About a : h.about()) {
                w.printf("   evidence for %s%s <%s>%n", a.kind().isEmpty() ? "?" : a.kind(), a.name().isEmpty() ? "" : " " + a.name(), a.iri());
            }
            w.printf("   in \"%s\" <%s>%n", h.articleTitle().isEmpty() ? "(untitled)" : h.articleTitle(), h.article() == null ? "" : h.article());
        }
    }
}
