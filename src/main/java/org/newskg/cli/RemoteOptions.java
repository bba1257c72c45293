package org.newskg.cli;

import org.newskg.NewskgException;
import org.newskg.store.RemoteStore;
import picocli.CommandLine.Option;

/** {@code --store URL} and {@code --auth USER:PASSWORD}: a remote SPARQL 1.1 store instead of {@code --db}. */
final class RemoteOptions {
    @Option(names = "--store", paramLabel = "URL",
            description = "A remote SPARQL 1.1 store (a Fuseki dataset URL such as http://127.0.0.1:3030/news) instead of --db.")
    String url;

    @Option(names = "--auth", paramLabel = "USER:PASSWORD", description = "HTTP Basic credentials for --store.")
    String auth;

    boolean isSet() {
        return url != null;
    }

    RemoteStore open() {
        Credentials c;
        try {
            c = Credentials.parse("--auth", auth);
        } catch (IllegalArgumentException e) {
            throw new NewskgException(e.getMessage());
        }
        return c == null ? new RemoteStore(url, null, null) : new RemoteStore(url, c.user(), c.password());
    }
}
