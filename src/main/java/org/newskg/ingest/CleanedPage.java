package org.newskg.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What a cleaner found in one page: metadata where the page states it (null otherwise) and the
 * body paragraphs, furniture removed.
 */
public record CleanedPage(String title, LocalDate date, Article.DateSource dateSource, String url,
                          List<String> paragraphs) {
    public CleanedPage {
        paragraphs = List.copyOf(paragraphs);
        if (dateSource == null) dateSource = date == null ? Article.DateSource.NONE : Article.DateSource.METADATA;
    }

    /** The body as one string: paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
