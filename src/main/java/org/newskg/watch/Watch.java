package org.newskg.watch;

import java.io.File;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.InputFiles;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.PipelineBuilder;
import org.newskg.store.NewsStore;
import org.newskg.store.SourceRecord;

/**
 * Watches folders and ingests each new or changed article file once it has stopped growing
 * ({@link SteadyFiles}); polls news feeds too, when given them ({@link FeedPoller}). The file system's change events wake it; a full rescan every so often
 * catches what a file system does not report (network mounts). What each file gave is kept in the
 * store's ledger, so a watch that starts again reads only what changed while it was away.
 *
 * <p>Files are ingested a run of at most {@link Settings#filesPerRun} at a time; {@link #stop} lets
 * the run under way finish, so the store is never left between an article's graph and its record.
 */
public final class Watch {
    /**
     * @param settle        how long a file must stay the same before it is read
     * @param rescan        how often every folder is walked again, events or not
     * @param followDeletes whether a deleted file's articles are removed from the store
     * @param filesPerRun   the most files one ingest run takes, so a stop waits for little
     */
    public record Settings(Duration settle, Duration rescan, boolean followDeletes, int filesPerRun) {
        public Settings {
            if (settle.isNegative()) throw new IllegalArgumentException("settle time must not be negative");
            if (rescan.compareTo(Duration.ofMillis(100)) < 0) throw new IllegalArgumentException("rescan interval must be at least 100 ms");
            if (filesPerRun < 1) throw new IllegalArgumentException("files per run must be at least 1");
        }
    }

    private final List<Path> folders;
    private final NewsStore store;
    private final Supplier<PipelineBuilder> pipelines;
    private final IngestListener listener;
    private final Consumer<String> say;
    private final Settings settings;
    private final SteadyFiles steady;
    private final LedgerView ledger;
    private final Set<Path> registered = new HashSet<>();
    private final Set<String> problemsTold = new HashSet<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final WatchService events;
    private volatile boolean stopping;
    private IngestSummary total = IngestSummary.none();
    private FeedPoller feeds;
    private Duration every;

    /**
     * @param pipelines a fresh pipeline into {@code store} with the ingest options, for each run
     * @param say       told of what is not an article: deletions, removals
     */
    public Watch(List<Path> folders, NewsStore store, Supplier<PipelineBuilder> pipelines, IngestListener listener,
                       Consumer<String> say, Settings settings) {
        this.folders = folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        this.store = Objects.requireNonNull(store, "store");
        this.pipelines = pipelines;
        this.listener = listener;
        this.say = say;
        this.settings = settings;
        this.steady = new SteadyFiles(settings.settle());
        this.ledger = new LedgerView(store, this.folders);
        this.events = newWatchService(say);
    }

    /** Also polls {@code poller}'s feeds, at the start and every {@code interval}; call before {@link #run}. */
    public Watch pollFeeds(FeedPoller poller, Duration interval) {
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) throw new IllegalArgumentException("feed poll interval must be at least 1 s");
        this.feeds = poller;
        this.every = interval;
        return this;
    }

    /** Watches until {@link #stop}; returns the totals of every run. */
    public IngestSummary run() {
        try {
            long rescanNanos = settings.rescan().toNanos();
            long nextRescan = System.nanoTime() + rescanNanos;
            long nextPoll = System.nanoTime();
            scan();
            while (!stopping) {
                if (feeds != null && System.nanoTime() >= nextPoll) {
                    total = total.plus(feeds.pollAll());
                    nextPoll = System.nanoTime() + every.toNanos();
                }
                ingestSteady();
                if (stopping) break;
                long now = System.nanoTime();
                long wait = steady.isEmpty() ? nextRescan - now : Math.min(Math.max(settings.settle().toNanos() / 4, 50_000_000L), nextRescan - now);
                if (feeds != null) wait = Math.min(wait, nextPoll - now);
                boolean woken = awaitEvents(Math.max(wait, 1_000_000L));
                if (stopping) break;
                if (woken || System.nanoTime() >= nextRescan) {
                    scan();
                    nextRescan = System.nanoTime() + rescanNanos;
                } else {
                    restatFollowed();
                }
            }
            return total;
        } finally {
            closeEvents();
            finished.countDown();
        }
    }

    /** Asks the watch to stop after the run under way, and waits up to {@code patience} for it. */
    public boolean stop(Duration patience) {
        stopping = true;
        closeEvents();
        try {
            return finished.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Walks every folder: follows new and changed files, and handles the files that are gone. */
    private void scan() {
        long now = System.nanoTime();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                tellOnce(new IngestException(folder.toString(), "no such folder (watching for it)"));
                continue;
            }
            InputFiles.Listing listing = InputFiles.under(folder, this::register);
            listing.problems().forEach(this::tellOnce);
            Set<String> present = new HashSet<>();
            for (Path file : listing.files()) {
                if (file.getFileName().toString().startsWith(".")) continue;
                SteadyFiles.Look look = SteadyFiles.look(file);
                if (look == null) continue;
                present.add(file.toString());
                if (ledger.unchanged(file, look)) {
                    steady.forget(file);
                } else {
                    steady.observe(file, look, now);
                }
            }
            // A folder that could not be read whole says nothing of what is gone.
            if (!listing.problems().isEmpty()) continue;
            for (String gone : ledger.locationsUnder(folder)) {
                if (!present.contains(gone)) deleted(gone);
            }
        }
        for (Path f : steady.followed()) {
            if (SteadyFiles.look(f) == null) steady.forget(f);
        }
    }

    /** Between scans, only the files still settling are looked at again. */
    private void restatFollowed() {
        long now = System.nanoTime();
        for (Path f : steady.followed()) {
            SteadyFiles.Look look = SteadyFiles.look(f);
            if (look == null) {
                steady.forget(f);
            } else {
                steady.observe(f, look, now);
            }
        }
    }

    /** Ingests the files that have settled, at most a run's worth, and records what each gave. */
    private void ingestSteady() {
        Map<Path, SteadyFiles.Look> ready = steady.steady(System.nanoTime());
        if (ready.isEmpty()) return;
        List<Path> files = ready.keySet().stream().limit(settings.filesPerRun()).toList();
        Map<Path, List<String>> gave = new HashMap<>();
        IngestSummary run = pipelines.get().files(files).listener(new RecordingListener(listener, gave)).build().run();
        total = total.plus(run);
        List<SourceRecord> records = new ArrayList<>();
        Instant checked = Instant.now();
        for (Path f : files) {
            SteadyFiles.Look before = ready.get(f);
            SteadyFiles.Look after = SteadyFiles.look(f);
            if (!SteadyFiles.same(before, after)) continue; // changed while it was read: read again once it settles
            steady.forget(f);
            List<String> articles = gave.getOrDefault(f, List.of());
            SourceRecord previous = ledger.record(f.toString());
            records.add(SourceRecord.ofFile(f.toString(), after.size(), after.modified(), checked, articles));
            if (settings.followDeletes() && previous != null) {
                List<String> dropped = previous.articles().stream().filter(a -> !articles.contains(a)).toList();
                removeUnlessElsewhere(f.toString(), dropped, "no longer in");
            }
        }
        ledger.put(records);
    }

    private void deleted(String location) {
        SourceRecord r = ledger.record(location);
        if (settings.followDeletes()) {
            removeUnlessElsewhere(location, r.articles(), "deleted:");
        } else if (!r.articles().isEmpty()) {
            say.accept("deleted   " + location + "  (its " + r.articles().size() + " article(s) stay in the store; --follow-deletes removes them)");
        }
        ledger.forget(location);
    }

    /** Removes the articles that no other recorded file gave as well. */
    private void removeUnlessElsewhere(String location, List<String> articles, String why) {
        Set<String> elsewhere = ledger.articlesExcept(location);
        for (String iri : articles) {
            if (elsewhere.contains(iri)) continue;
            if (store.remove(iri)) say.accept("removed   " + iri + "  [" + why + " " + location + "]");
        }
    }

    private void register(Path folder) {
        if (events == null || !registered.add(folder)) return;
        try {
            folder.register(events, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | ClosedWatchServiceException e) {
            say.accept("note      " + folder + ": not watched for changes (" + e.getMessage() + "); rescanned every "
                    + settings.rescan().toSeconds() + " s");
        }
    }

    /** Waits for change events; true when some came. A burst of events is drained as one. */
    private boolean awaitEvents(long nanos) {
        try {
            if (events == null) {
                Thread.sleep(Math.max(1, nanos / 1_000_000));
                return false;
            }
            WatchKey key = events.poll(nanos, TimeUnit.NANOSECONDS);
            if (key == null) return false;
            for (; key != null; key = events.poll()) {
                key.pollEvents();
                if (!key.reset()) registered.remove((Path) key.watchable());
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
            return false;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    private void tellOnce(IngestException problem) {
        if (problemsTold.add(problem.getMessage())) listener.rejected(problem);
    }

    private static WatchService newWatchService(Consumer<String> say) {
        try {
            return FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            say.accept("note      no file system events here (" + e.getMessage() + "); folders are rescanned instead");
            return null;
        }
    }

    private void closeEvents() {
        if (events == null) return;
        try {
            events.close();
        } catch (IOException e) {
            // Closing only wakes the loop; nothing is lost if it fails.
        }
    }

    /** Separates a folder's own files from those of folders whose names it starts. */
    static String under(Path folder) {
        return folder + File.separator;
    }
}
