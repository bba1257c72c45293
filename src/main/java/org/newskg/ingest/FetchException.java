package org.newskg.ingest;

/**
 * A page or feed that could not be fetched. A lasting failure (404, 410, a page over the size limit)
 * will fail again and is not worth asking for again; a passing one (a timeout, a 500, a 429, a refused
 * connection) may succeed at the next poll.
 */
public final class FetchException extends IngestException {
    private final boolean lasting;

    public FetchException(String url, String reason, boolean lasting) {
        super(url, reason);
        this.lasting = lasting;
    }

    public boolean lasting() {
        return lasting;
    }
}
