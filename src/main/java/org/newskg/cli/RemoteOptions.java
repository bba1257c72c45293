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
        if (auth == null) return new RemoteStore(url, null, null);
        int colon = auth.indexOf(':');
        if (colon < 1) throw new NewskgException("--auth must be USER:PASSWORD");
        return new RemoteStore(url, auth.substring(0, colon), auth.substring(colon + 1));
    }
}
