package org.newskg.store;

import org.newskg.NewskgException;

/** The store cannot do what was asked; the message says what and, where it can, what to do. */
public class StoreException extends NewskgException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
