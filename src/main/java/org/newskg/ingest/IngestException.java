package org.newskg.ingest;

import org.newskg.NewskgException;

/** An input that cannot become an article; the message names the file (and line) and the reason. */
public class IngestException extends NewskgException {
    private final String location;
    private final String reason;

    public IngestException(String location, String reason) {
        super(location + ": " + reason);
        this.location = location;
        this.reason = reason;
    }

    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }
}
