package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.query.QueryTemplate;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateParam;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "queries", mixinStandardHelpOptions = true, description = "List the saved query templates and their parameters.")
final class QueriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of query templates (default: the bundled queries/).")
    Path queries;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (QueryTemplate t : TemplateLibrary.load(queries).all()) {
            out.printf("%-24s %s%n", t.name(), t.summary());
            for (TemplateParam p : t.params()) {
                out.printf("    --param %s=%s   (%s%s)%n", p.name(), p.defaultValue() == null ? "..." : p.defaultValue(), p.type().label(),
                        p.required() ? ", required" : ", optional");
            }
        }
        out.flush();
        return Newskg.OK;
    }
}
