package org.newskg.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One cleaned article: its metadata and the body text that every offset downstream indexes into.
 *
 * @param key        stable key, from the URL when known, else from the cleaned text
 * @param url        the article's URL, or null
 * @param title      headline (never null; derived from the lead when the page has none)
 * @param date       publication date, or null when nothing says
 * @param dateSource where the date came from
 * @param text       cleaned body: paragraphs separated by a blank line
 * @param sourceFile file name (with line for JSON Lines) it was read from, or null
 */
public record Article(String key, String url, String title, LocalDate date, DateSource dateSource,
                      String text, String sourceFile) {
    public Article {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dateSource, "dateSource");
    }

    /** Where an article's date was found. */
    public enum DateSource {
        /** A header line, HTML meta data or a JSON field. */
        METADATA,
        /** A full date written in the page text (e.g. a photo caption). */
        TEXT,
        /** Nothing in the file says: the file's modification time. */
        FILE_MODIFIED,
        /** Nothing in the page says: when it was fetched (a web archive record's date). */
        FETCHED,
        /** Given at resolution: the latest day of the dated reports of the events the article shares with others. */
        INFERRED_FROM_EVENTS,
        /** No date at all. */
        NONE;

        /**
         * True for the date a copy was made (a file written, a page fetched) rather than published:
         * no anchor for "on Tuesday", and no evidence of when anything happened.
         */
        public boolean isCopyDate() {
            return this == FILE_MODIFIED || this == FETCHED;
        }

        /** The word stored with an article ({@code nkg:dateSource}) and written in extraction JSON. */
        public String label() {
            return name().toLowerCase().replace('_', '-');
        }

        /** The source a label names, or null for null or a label newskg does not write. */
        public static DateSource ofLabel(String label) {
            for (DateSource s : values()) {
                if (s.label().equals(label)) return s;
            }
            return null;
        }
    }
}
