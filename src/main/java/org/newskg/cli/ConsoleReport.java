package org.newskg.cli;

import java.io.PrintWriter;
import org.newskg.NewskgException;
import org.newskg.ingest.Article;
import org.newskg.pipeline.ArticleReport;
import org.newskg.pipeline.IngestListener;
import org.newskg.store.WriteOutcome;

/** Prints one line per article and per rejection, and a progress bar when a person is watching. */
final class ConsoleReport implements IngestListener {
    private static final int MIN_FILES_FOR_BAR = 6;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private boolean barShown;

    ConsoleReport(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void stored(ArticleReport r) {
        clearProgress();
        String date = r.date() == null ? "undated" : r.date()
                + (r.dateSource() == null || r.dateSource() == Article.DateSource.METADATA ? "" : " (date from " + r.dateSource().label() + ")");
        // An unchanged article is not mapped again, so it has no fresh triple count to show.
        String size = r.outcome() == WriteOutcome.UNCHANGED ? "stored already" : r.triples() + " triples";
        out.printf("%-9s %s  %s  \"%s\"  %d actors, %d events, %s%s%s%n", r.outcome().name().toLowerCase(),
                r.iri(), date, r.title(), r.actors(), r.events(), size,
                r.sourceFile() == null ? "" : "  [" + r.sourceFile() + "]",
                r.replacedOtherPage() == null ? "" : "  replaced: a different page (title was \"" + r.replacedOtherPage() + "\")");
        out.flush();
    }

    @Override
    public void rejected(NewskgException problem) {
        clearProgress();
        err.println("rejected  " + problem.getMessage());
        err.flush();
    }

    /** A line that is no article's: a watch's or a feed's news (deleted, removed, polled). */
    void say(String line) {
        clearProgress();
        out.println(line);
        out.flush();
    }

    @Override
    public void noted(String message) {
        clearProgress();
        err.println("note      " + message);
        err.flush();
    }

    @Override
    public void progress(int done, int total) {
        if (!terminal || total < MIN_FILES_FOR_BAR) return;
        int width = 30;
        int filled = (int) ((long) width * done / total);
        err.printf("\r[%s%s] %d/%d files", "#".repeat(filled), " ".repeat(width - filled), done, total);
        err.flush();
        barShown = true;
    }

    void clearProgress() {
        if (barShown) {
            err.print("\r\033[K");
            err.flush();
            barShown = false;
        }
    }
}
