package org.newskg.extract;

import org.newskg.NewskgException;

/**
 * Extraction JSON that breaks the contract (malformed, or a field missing or wrong); the message names
 * the line and the field. Not a failure of an extractor on an article: that is an
 * {@link org.newskg.ingest.IngestException} naming the article.
 */
public class ExtractionJsonException extends NewskgException {
    public ExtractionJsonException(String message) {
        super(message);
    }
}
