package org.newskg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.newskg.NewskgException;
import org.newskg.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newskg}: builds a knowledge graph from news articles. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = Newskg.VersionProvider.class,
        description = "Builds a knowledge graph of actors, meetings, attacks and negotiations from news articles.",
        subcommands = {IngestCommand.class, WatchCommand.class, ExtractCommand.class, ExportCommand.class, StatsCommand.class,
                ValidateCommand.class, RemoveCommand.class, CompactCommand.class, BackupCommand.class, RestoreCommand.class, ServeCommand.class, QueriesCommand.class,
                QueryCommand.class, SearchCommand.class, MergeCommand.class, SplitCommand.class, EvalCommand.class, BenchCommand.class, LoadTestCommand.class,
                CommandLine.HelpCommand.class})
public final class Newskg {
    /** Exit codes, as in picocli's examples. */
    public static final int OK = 0;
    public static final int SOFTWARE = 1;
    public static final int USAGE = 2;

    static boolean verbose;

    /** Where commands that write bytes rather than text (export, query) write when given no file: stdout, or a test's buffer. */
    private final OutputStream stdout;

    private Newskg(OutputStream stdout) {
        this.stdout = stdout;
    }

    /** The byte stream for standard output; not to be closed. */
    OutputStream stdout() {
        return stdout;
    }

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show progress logs and, on errors, the stack trace.")
    void setVerbose(boolean v) {
        verbose = v;
        if (v) Configurator.setRootLevel(Level.INFO);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with newskg's error handling: one line and an exit code, not a stack trace. */
    public static CommandLine commandLine() {
        return commandLine(System.out);
    }

    /** The same, with commands that write bytes writing them to {@code stdout} (text goes to the command line's out). */
    static CommandLine commandLine(OutputStream stdout) {
        CommandLine cmd = new CommandLine(new Newskg(stdout));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof NewskgException) {
                err.println("newskg: " + ex.getMessage());
            } else {
                err.println("newskg: internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
            }
            if (verbose) ex.printStackTrace(err);
            err.flush();
            return SOFTWARE;
        });
        return cmd;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newskg " + Version.CURRENT};
        }
    }
}
