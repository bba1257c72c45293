package org.newskg.extract;

import org.newskg.NewskgException;

/** Extraction JSON that breaks the contract; the message names the line and the field. */
public class ExtractionException extends NewskgException {
    public ExtractionException(String message) {
        super(message);
    }
}
