package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.newskg.NewskgException;
import org.newskg.store.RemoteStore;
import picocli.CommandLine.Option;

/** {@code --store URL} and its credentials: a remote SPARQL 1.1 store instead of {@code --db}. */
final class RemoteOptions {
    @Option(names = "--store", paramLabel = "URL",
            description = "A remote SPARQL 1.1 store (a Fuseki dataset URL such as http://127.0.0.1:3030/news) instead of --db.")
    String url;

    @Option(names = "--auth", paramLabel = "USER:PASSWORD",
            description = "HTTP Basic credentials for --store (visible in the process list: prefer --auth-file or " + Credentials.ENV + ").")
    String auth;

    @Option(names = "--auth-file", paramLabel = "FILE", description = "A file whose first line is USER:PASSWORD, for --store.")
    Path authFile;

    boolean isSet() {
        return url != null;
    }

    /** Opens the remote store; a warning goes to {@code err} when the password was given on the command line. */
    RemoteStore open(PrintWriter err) {
        Credentials c;
        try {
            c = Credentials.resolve(auth, authFile, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new NewskgException(e.getMessage());
        }
        String warning = Credentials.processListWarning(auth);
        if (warning != null) {
            err.println(warning);
            err.flush();
        }
        return c == null ? new RemoteStore(url, null, null) : new RemoteStore(url, c.user(), c.password());
    }
}
