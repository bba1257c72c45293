package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newskg.ingest.DurationWords;
import org.newskg.ingest.PageFetcher;
import org.newskg.pipeline.IngestSummary;
import org.newskg.store.NewsStore;
import org.newskg.watch.Watch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch folders and ingest each new or changed article file (.txt, .html/.htm, .jsonl) once it has stopped growing, "
                + "and poll RSS and Atom feeds for new pages, printing one line per article as ingest does.",
                "What each file and page gave is remembered in the store, so a watch started again reads only what is new. "
                        + "Ctrl-C stops after the batch under way."})
final class WatchCommand implements Callable<Integer> {
    /** How long Ctrl-C waits for the batch under way before the JVM goes. */
    private static final Duration STOP_PATIENCE = Duration.ofMinutes(5);

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    IngestOptions ingest;

    @Mixin
    WatchOptions watchOptions;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Folders to watch (recursively; hidden files and folders are skipped).")
    List<Path> folders = new ArrayList<>();

    @Mixin
    FeedOptions feeds;

    @Option(names = "--every", paramLabel = "DURATION", converter = DurationText.class, defaultValue = "15m",
            description = "How often each --feed is polled (default: ${DEFAULT-VALUE}; GDELT's pace).")
    Duration every;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleReport report = new ConsoleReport(out, err);
        if (folders.isEmpty() && !feeds.any()) throw new ParameterException(spec.commandLine(), "give folders to watch, or --feed URL|FILE");
        CountDownLatch done = new CountDownLatch(1);
        try (NewsStore s = NewsStore.open(store.db); PageFetcher fetcher = feeds.fetcher(ingest.maxBytes, spec.commandLine())) {
            Watch watch = watchOptions.watch(folders, s, ingest, spec.commandLine(), report);
            if (feeds.any()) {
                try {
                    watch.pollFeeds(feeds.poller(fetcher, s, ingest, spec.commandLine(), report), every);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--every: " + e.getMessage());
                }
            }
            Thread hook = new Thread(() -> {
                watch.stop(STOP_PATIENCE);
                awaitQuietly(done);
            }, "newskg-watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            if (!folders.isEmpty()) out.println(watchOptions.describe(folders));
            if (feeds.any()) out.println("polling " + String.join(", ", feeds.feeds) + " every " + DurationWords.of(every) + "; Ctrl-C stops");
            out.flush();
            IngestSummary total = watch.run();
            ingest.tidyStore(s, total, out);
            out.printf("stopped watching: %d article(s) stored (%d added, %d replaced, %d unchanged), %d rejected; store %s%n",
                    total.stored(), total.added(), total.replaced(), total.unchanged(), total.rejected(), store.db);
            out.flush();
            return Newskg.OK;
        } finally {
            done.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
