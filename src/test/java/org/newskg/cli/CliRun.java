package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints (the bytes export and query write to stdout included). */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CommandLine cmd = Newskg.commandLine(bytes);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new CliRun(code, out + bytes.toString(StandardCharsets.UTF_8), err.toString());
    }
}
