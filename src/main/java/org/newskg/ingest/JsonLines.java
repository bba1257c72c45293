package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The one reader of JSON Lines, for articles ({@code .jsonl} inputs) and extraction JSON alike: line by
 * line in bounded memory ({@link TextLines}), numbering lines from 1, skipping blank ones, and refusing
 * a line over the limit by its length without holding it.
 */
public final class JsonLines {
    private JsonLines() {}

    /**
     * One line that is not blank: its text, or ({@code text == null}) the refusal of a line over the limit.
     *
     * @param number the line's number, from 1
     */
    public record Line(Path file, int number, String text, IngestException refused) {
        /** "file:line", as messages name the line. */
        public String location() {
            return file + ":" + number;
        }
    }

    /**
     * Hands each line of {@code file} that is not blank to {@code lines}, in order; a file that cannot be
     * read, or read further (empty, binary, an encoding broken part-way, an I/O error), to {@code problems}:
     * the lines handed before it stand.
     *
     * @return false when nothing was handed on: the file holds only whitespace
     */
    public static boolean read(Path file, long maxBytes, Consumer<Line> lines, Consumer<IngestException> problems) {
        boolean any = false;
        try (TextLines in = TextLines.open(file, maxBytes)) {
            for (TextLines.Line line; (line = in.next()) != null; ) {
                if (line.text() != null && line.text().isBlank()) continue;
                any = true;
                if (line.text() == null) {
                    lines.accept(new Line(file, line.number(), null, new IngestException(file + ":" + line.number(),
                            "line " + ArticleReader.tooLarge(line.length(), maxBytes))));
                } else {
                    lines.accept(new Line(file, line.number(), line.text(), null));
                }
            }
        } catch (IngestException e) {
            problems.accept(e);
            return true;
        } catch (IOException e) {
            problems.accept(new IngestException(file.toString(), "cannot read: " + ArticleReader.describe(e)));
            return true;
        }
        return any;
    }
}
