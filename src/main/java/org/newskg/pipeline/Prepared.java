package org.newskg.pipeline;

import org.newskg.NewskgException;
import org.newskg.extract.Extraction;

/** What a worker hands the writer for one input: its extraction, or why it was refused. */
sealed interface Prepared {
    /** An article extracted on a worker, waiting for the writer. */
    record Extracted(Extraction extraction, java.nio.file.Path file, String source) implements Prepared {}

    /** An input, or one line of it, refused before it reached the writer. */
    record Rejected(NewskgException problem) implements Prepared {}
}
