package org.newskg.pipeline;

import org.newskg.NewskgException;

/** Told what happens to each input as an ingest runs. */
public interface IngestListener {
    /** An article was committed to the store (or found unchanged). */
    void stored(ArticleReport report);

    /**
     * An article was resolved and mapped, and its graph is about to go to the sink: told on the writing
     * thread, in input order. An article found unchanged in the store is not resolved again, nor told here.
     */
    default void mapped(MappedArticle article) {}

    /** An input, or one line of it, was refused; nothing of it reached the store. */
    void rejected(NewskgException problem);

    /** Something worth knowing that refused nothing, such as fields of extraction JSON that were ignored. */
    default void noted(String message) {}

    /** {@code done} of {@code total} input files have been read. */
    default void progress(int done, int total) {}

    /** A listener that ignores stored articles and hands each rejection to {@code onRejected}. */
    static IngestListener onRejected(java.util.function.Consumer<NewskgException> onRejected) {
        return new IngestListener() {
            @Override
            public void stored(ArticleReport report) {}

            @Override
            public void rejected(NewskgException problem) {
                onRejected.accept(problem);
            }
        };
    }
}
