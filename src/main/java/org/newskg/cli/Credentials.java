package org.newskg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * HTTP Basic credentials, {@code USER:PASSWORD}, from one of three places: a file ({@code --auth-file}), the
 * environment ({@value #ENV}), or the command line ({@code --auth}, which every user of the machine can read in
 * the process list, so it earns a warning).
 */
record Credentials(String user, String password) {
    /** The environment variable read when neither {@code --auth} nor {@code --auth-file} is given. */
    static final String ENV = "NEWSKG_AUTH";

    /** Parses {@code USER:PASSWORD}; null for null; an error naming where the value came from for anything else. */
    static Credentials parse(String source, String value) {
        if (value == null) return null;
        int colon = value.indexOf(':');
        if (colon < 1 || colon == value.length() - 1) throw new IllegalArgumentException(source + " must be USER:PASSWORD");
        return new Credentials(value.substring(0, colon), value.substring(colon + 1));
    }

    /**
     * The credentials from {@code --auth}, else {@code --auth-file} (its first line), else the environment; null
     * when none is given. Both options at once is an error: which one was meant is not ours to guess.
     */
    static Credentials resolve(String auth, Path authFile, Map<String, String> env) {
        if (auth != null && authFile != null) throw new IllegalArgumentException("give --auth or --auth-file, not both");
        if (auth != null) return parse("--auth", auth);
        if (authFile != null) return parse("--auth-file " + authFile, firstLine("--auth-file", authFile));
        String fromEnv = env.get(ENV);
        return fromEnv == null || fromEnv.isEmpty() ? null : parse(ENV, fromEnv);
    }

    /** The warning for a password given on the command line, or null when it came from elsewhere. */
    static String processListWarning(String auth) {
        return auth == null ? null
                : "warning: --auth shows the password to every user of this machine (process list, shell history); use --auth-file FILE or "
                        + ENV + " instead";
    }

    /** The first line of a secret's file, stripped; an error naming the option and the file when there is none. */
    static String firstLine(String option, Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " " + file + ": cannot read it (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) throw new IllegalArgumentException(option + " " + file + " is empty: write the secret on its first line");
        return lines.get(0).strip();
    }
}
