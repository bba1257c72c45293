package org.newskg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.newskg.ingest.DurationWords;
import org.newskg.store.NewsStore;
import org.newskg.watch.Watch;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How folders are watched: the options {@code watch} and {@code serve --watch} share. */
final class WatchOptions {
    @Option(names = "--settle", paramLabel = "DURATION", converter = DurationText.class, defaultValue = "2s",
            description = "How long a file must stop changing before it is read (default: ${DEFAULT-VALUE}). "
                    + "A writer that pauses longer between pieces should write under another name (or a .part suffix) and rename.")
    Duration settle;

    @Option(names = "--rescan", paramLabel = "DURATION", converter = DurationText.class, defaultValue = "60s",
            description = "How often every folder is walked again, for file systems that do not report changes (default: ${DEFAULT-VALUE}).")
    Duration rescan;

    @Option(names = "--follow-deletes", description = "Remove from the store the articles of a watched file that is deleted, "
            + "or that a changed file no longer holds (default: deleting a file removes nothing).")
    boolean followDeletes;

    /** A watch over {@code folders} into {@code store}, ingesting with {@code ingest}'s options. */
    Watch watch(List<Path> folders, NewsStore store, IngestOptions ingest, CommandLine cmd, ConsoleReport report) {
        Watch.Settings settings;
        try {
            settings = new Watch.Settings(settle, rescan, followDeletes, ingest.batch);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, e.getMessage());
        }
        ingest.pipeline(store, cmd); // an option out of range is a usage error now, not at the first file
        return new Watch(new ArrayList<>(folders), store, () -> ingest.pipeline(store, cmd), report, report::say, settings);
    }

    /** The line that starts a watch. */
    String describe(List<Path> folders) {
        return "watching " + String.join(", ", folders.stream().map(Path::toString).toList()) + " (files read once steady for "
                + DurationWords.of(settle) + ", rescanned every " + DurationWords.of(rescan) + (followDeletes ? ", deletions followed" : "")
                + "); Ctrl-C stops";
    }
}
