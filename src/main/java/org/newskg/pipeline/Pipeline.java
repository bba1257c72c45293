package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.newskg.NewskgException;
import org.newskg.Version;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionJson;
import org.newskg.extract.ExtractionJsonException;
import org.newskg.extract.Extractor;
import org.newskg.extract.Extractors;
import org.newskg.id.Iris;
import org.newskg.id.Keys;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.InputFiles;
import org.newskg.ingest.JsonLines;
import org.newskg.ingest.ReadResult;
import org.newskg.ingest.WarcArticles;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.resolve.Curation;
import org.newskg.resolve.KeyResolver;
import org.newskg.resolve.Resolution;
import org.newskg.resolve.Resolver;
import org.newskg.resolve.StoreResolver;
import org.newskg.resolve.StoredArticle;
import org.newskg.store.ArticleStore;
import org.newskg.store.GraphSink;
import org.newskg.store.StoredEntities;
import org.newskg.store.WriteOutcome;

/**
 * Ingest: files (or pages fetched elsewhere) are read and cleaned, extracted, resolved against what is known and mapped one
 * article at a time; graphs are written
 * in batches, one transaction each (TDB2 grows its files with every write transaction, so one per
 * article would bloat the store). A rejected input never reaches a batch.
 *
 * <p>A pipeline is immutable and made by {@link #builder}: its source (article files, extraction JSON
 * Lines, or both), a step that may change each article read, extractor, curation, sink (any
 * {@link GraphSink}), threads, batch, largest article and listener. A sink that is also an
 * {@link ArticleStore} is resolved against; with any other sink IRIs come from each article alone
 * ({@link KeyResolver}). Each {@link #run} starts from nothing: its counters and what its resolver
 * learnt belong to that run alone.
 */
public final class Pipeline {
    /** Articles per write transaction unless told otherwise. */
    public static final int DEFAULT_BATCH = 1000;
    /** The largest article read unless told otherwise: a text or HTML file, or one JSON line. */
    public static final long DEFAULT_MAX_BYTES = ArticleReader.DEFAULT_MAX_BYTES;
    /** Files read ahead per worker: enough to keep workers busy, few enough to hold little. */
    private static final int WINDOW_PER_THREAD = 4;
    /** JSON lines (or web archive pages) handed to a worker at once: enough to keep it busy, few enough to hold little. */
    private static final int JSON_LINES_PER_TASK = 16;

    private final GraphSink sink;
    /** The sink when it can be read and resolved against, else null. */
    private final ArticleStore store;
    private final BiFunction<Path, Article, Article> transform;
    private final boolean skipUnchanged;
    private final List<Path> files;
    private final List<Path> extractions;
    private final List<ReadResult> fetched;
    private final Extractor extractor;
    private final Curation curation;
    private final IngestListener listener;
    private final int batchSize;
    private final int threads;
    private final long maxBytes;
    /** The heap extraction may take at once; 0 for the JVM's -Xmx. */
    private final long extractionHeap;

    Pipeline(PipelineBuilder b) {
        this.sink = Objects.requireNonNull(b.sink, "sink");
        this.store = sink instanceof ArticleStore s ? s : null;
        this.transform = b.transform;
        this.skipUnchanged = b.skipUnchanged && store != null;
        this.listener = Objects.requireNonNull(b.listener, "listener");
        this.files = List.copyOf(b.files);
        this.extractions = List.copyOf(b.extractions);
        this.fetched = b.fetched;
        this.extractor = b.extractor != null ? b.extractor : Extractors.defaultExtractor();
        this.curation = b.curation != null ? b.curation : Curation.load(null);
        this.batchSize = Math.min(b.batch, sink.largestBatch());
        this.threads = b.threads;
        this.maxBytes = b.maxBytes;
        this.extractionHeap = b.extractionHeap;
    }

    /** A pipeline writing to {@code sink}, to be told its source and listener. */
    public static PipelineBuilder builder(GraphSink sink) {
        return new PipelineBuilder(sink);
    }


    /** Ingests the files, then the fetched pages, then the extraction JSON Lines; the summary totals this run alone. */
    public IngestSummary run() {
        return new Run().run();
    }

    /** One run's state: its counters, its resolver and what is waiting for the next batch. */
    private final class Run {
        private final long t0 = System.currentTimeMillis();
        private final ArticleReader reader = new ArticleReader(maxBytes);
        private final ArticlePreparer preparer = new ArticlePreparer(reader,
                extractionHeap > 0 ? new ExtractionBudget(extractionHeap) : ExtractionBudget.ofHeap(), transform, extractor);
        private final ExtractionMapper mapper = new ExtractionMapper();
        /** The resolver over the store, or null when the sink cannot be read. */
        private final StoreResolver storeResolver = store != null ? new StoreResolver(new StoredEntities(store), curation) : null;
        private final Resolver resolver = storeResolver != null ? storeResolver : new KeyResolver();
        private final BatchWriter batch = new BatchWriter(sink, batchSize, listener);
        private final Set<String> unknownFieldsNoted = new HashSet<>();
        private int rejected;

        IngestSummary run() {
            // Each source ends with its own last batch, as when they were ingested by separate calls.
            if (!files.isEmpty()) {
                ingestFiles(files);
                batch.flush();
            }
            if (!fetched.isEmpty()) {
                ingestFetched(fetched);
                batch.flush();
            }
            if (!extractions.isEmpty()) {
                ingestExtractions(extractions);
                batch.flush();
            }
            return batch.summary(rejected, System.currentTimeMillis() - t0);
        }

        /**
         * Ingests articles from files and directories. Reading and extraction run on {@code threads}
         * workers; resolution and writing stay on this thread, in input order, through a bounded window
         * of pending work, so the same inputs give the same IRIs whatever the timing. JSON Lines go to
         * the workers {@value #JSON_LINES_PER_TASK} lines at a time, so a file of any size is never held whole.
         */
        private void ingestFiles(List<Path> paths) {
            InputFiles.Listing listing = InputFiles.expand(paths);
            listing.problems().forEach(this::reject);
            int[] done = {0};
            int total = listing.files().size();
            try (OrderedWindow<Prepared> window = new OrderedWindow<>(threads, threads * WINDOW_PER_THREAD, this::consume,
                    () -> listener.progress(++done[0], total))) {
                for (Path file : listing.files()) {
                    if (ArticleReader.isJsonLines(file)) {
                        submitJsonLines(file, window);
                    } else if (WarcArticles.isWarc(file)) {
                        submitWarc(file, window);
                    } else {
                        window.submit(() -> preparer.prepare(reader.read(file), file), true);
                    }
                }
                window.drain();
            }
        }

        /** Extracts pages read elsewhere on the workers, one task a page, resolved and written in order. */
        private void ingestFetched(List<ReadResult> pages) {
            try (OrderedWindow<Prepared> window = new OrderedWindow<>(threads, threads * WINDOW_PER_THREAD, this::consume, () -> {})) {
                for (ReadResult page : pages) window.submit(() -> preparer.prepare(List.of(page), null), true);
                window.drain();
            }
        }

        /** Reads a JSON Lines file here, on the writer's thread, and hands its lines to the workers in chunks. */
        private void submitJsonLines(Path file, OrderedWindow<Prepared> window) {
            List<List<JsonLines.Line>> chunk = new ArrayList<>(List.of(new ArrayList<>()));
            List<ReadResult> problems = new ArrayList<>();
            boolean any = JsonLines.read(file, reader.maxBytes(), line -> {
                chunk.get(0).add(line);
                if (chunk.get(0).size() == JSON_LINES_PER_TASK) {
                    List<JsonLines.Line> task = chunk.set(0, new ArrayList<>());
                    window.submit(() -> preparer.prepareJsonLines(file, task, List.of()), false);
                }
            }, e -> problems.add(new ReadResult.Rejected(e)));
            if (!any) problems.add(ArticleReader.noText(file));
            List<JsonLines.Line> last = chunk.get(0);
            window.submit(() -> preparer.prepareJsonLines(file, last, problems), true);
        }

        /**
         * Reads a web archive here, on the writer's thread, record by record, and hands its pages to the
         * workers in chunks; says how many records were read and skipped.
         */
        private void submitWarc(Path file, OrderedWindow<Prepared> window) {
            List<List<ReadResult>> chunk = new ArrayList<>(List.of(new ArrayList<>()));
            WarcArticles.Counts counts = WarcArticles.read(file, reader, page -> {
                chunk.get(0).add(page);
                if (chunk.get(0).size() == JSON_LINES_PER_TASK) {
                    List<ReadResult> task = chunk.set(0, new ArrayList<>());
                    window.submit(() -> preparer.prepare(task, file), false);
                }
            });
            List<ReadResult> last = chunk.get(0);
            window.submit(() -> preparer.prepare(last, file), true);
            listener.noted(file + ": " + counts.describe());
        }

        /** On the writer: resolve, map and store the articles of one task, in order. */
        private void consume(List<Prepared> items) {
            for (Prepared item : items) {
                if (item instanceof Prepared.Rejected no) {
                    reject(no.problem());
                } else if (item instanceof Prepared.Extracted p) {
                    map(p.extraction(), p.file(), p.source());
                }
            }
        }

        /** Ingests extraction JSON Lines written by any extractor, line by line, so a file of any size fits. */
        private void ingestExtractions(List<Path> files) {
            for (Path file : files) {
                JsonLines.read(file, reader.maxBytes(), line -> {
                    if (line.refused() != null) {
                        reject(line.refused());
                    } else {
                        mapExtraction(line.text(), file, line.location());
                    }
                }, this::reject);
            }
        }

        private void mapExtraction(String json, Path file, String location) {
            List<String> unknown = new ArrayList<>();
            try {
                Extraction x = ExtractionJson.read(json, location, unknown);
                noteUnknownFields(location, unknown);
                map(x, file, x.article().source());
            } catch (ExtractionJsonException e) {
                reject(e);
            }
        }

        /** Names ignored fields the first time each is seen (by its path without indices), not on every line. */
        private void noteUnknownFields(String location, List<String> fields) {
            List<String> fresh = fields.stream().filter(f -> unknownFieldsNoted.add(f.replaceAll("\\[\\d+]", "[]"))).toList();
            if (!fresh.isEmpty()) {
                listener.noted(location + ": unknown field(s) ignored: " + String.join(", ", fresh.stream().map(f -> "\"" + f + "\"").toList())
                        + " (each is named once)");
            }
        }

        private void map(Extraction x, Path file, String source) {
            // Other processes may write to the same store: the resolver learns what they stored before each batch.
            if (batch.batchStarts()) resolver.learn(batch.takeWritten());
            String iri = Iris.article(x.article().key());
            String sourceHash = skipUnchanged ? sourceHash(x) : null;
            StoredArticle stored = skipUnchanged ? storeResolver.unchanged(iri, sourceHash) : null;
            if (stored != null) {
                // Made from the same source already: resolving it again against a store that has learnt since could only change it.
                batch.add(null, new ArticleReport(iri, x.article().title(), stored.date(), stored.dateSource(), source,
                        x.actors().size(), x.events().size(), 0, WriteOutcome.UNCHANGED, null, file));
                return;
            }
            Resolution r = resolver.resolve(x);
            ArticleGraph g = mapper.map(x, r, sourceHash);
            Article.DateSource shownDateSource = r.inferredDate() != null ? Article.DateSource.INFERRED_FROM_EVENTS : x.article().dateSource();
            if (skipUnchanged) storeResolver.resolved(iri, new StoredArticle(sourceHash, g.date(), shownDateSource));
            listener.mapped(new MappedArticle(file, x, r, g));
            batch.add(g, new ArticleReport(g.iri(), g.title(), g.date(), shownDateSource, source, g.actors(), g.events(),
                    g.model().size(), null, null, file));
        }

        /** The hash of what an article's graph is made from: its extraction, this version, and the corrections in force. */
        private String sourceHash(Extraction x) {
            return Keys.sha256(ExtractionJson.toLine(x) + "\n" + Version.CURRENT + "\n" + curation.digest());
        }

        private void reject(NewskgException e) {
            rejected++;
            listener.rejected(e);
        }
    }
}
