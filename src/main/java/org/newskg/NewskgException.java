package org.newskg;

/** Base of newskg's own exceptions: each carries a message fit to show a user as one line. */
public class NewskgException extends RuntimeException {
    public NewskgException(String message) {
        super(message);
    }

    public NewskgException(String message, Throwable cause) {
        super(message, cause);
    }
}
