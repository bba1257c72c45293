package org.newskg.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.newskg.pipeline.ArticleReport;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.NewsStore;
import org.newskg.store.WriteOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watched folder receiving files: each is ingested once it has stopped growing, never half-written;
 * a changed file is read again; a watch started again reads nothing it has read; a deleted file's
 * articles stay unless deletions are followed.
 */
class WatchTest {
    private static final Duration SETTLE = Duration.ofMillis(600);
    private static final long PATIENCE_MS = 60_000;

    @TempDir
    Path dir;
    private Path inbox;
    private NewsStore store;
    private final CollectingListener listener = new CollectingListener();
    private final List<ArticleReport> stored = listener.stored;
    private final List<String> rejected = listener.rejected;
    private final List<String> said = new CopyOnWriteArrayList<>();
    private Watch watch;
    private Thread running;

    @BeforeEach
    void openStore() throws IOException {
        inbox = Files.createDirectories(dir.resolve("inbox"));
        store = NewsStore.open(dir.resolve("db"));
    }

    @AfterEach
    void stop() {
        stopWatch();
        store.close();
    }

    @Test
    void aFileWrittenSlowlyInPiecesIsIngestedOnceAndWhole() throws Exception {
        startWatch(false);
        Path file = inbox.resolve("talks.txt");
        String[] pieces = article("Talks in Oslo", "The foreign ministers of Norway and Chile met in Oslo on Monday.",
                "They discussed fishing quotas.", "The last sentence says the talks ended in the evening.");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (String piece : pieces) {
                out.write(piece.getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(SETTLE.toMillis() / 3);
            }
        }
        awaitTrue(() -> stored.size() == 1, "the article to be stored");
        Thread.sleep(SETTLE.toMillis() * 3);
        assertEquals(1, stored.size(), "stored once: " + stored);
        assertEquals(WriteOutcome.ADDED, stored.get(0).outcome());
        assertTrue(storedText(stored.get(0).iri()).contains("talks ended in the evening"), "the whole file, not a half-written one");
    }

    @Test
    void aChangedFileIsReadAgainAndARestartReadsNothingItHasRead() throws Exception {
        Files.writeString(inbox.resolve("one.txt"), "url: https://news.example/lima-visit\n"
                + String.join("", article("Visit to Lima", "The president of Peru met the prime minister of Spain in Lima on Tuesday.")));
        write("two.txt", "Port strike", "Dock workers in Valparaiso stopped work on Wednesday.");
        startWatch(false);
        awaitTrue(() -> stored.size() == 2, "both files to be stored");
        Files.writeString(inbox.resolve("one.txt"), "url: https://news.example/lima-visit\n" + String.join("",
                article("Visit to Lima", "The president of Peru met the prime minister of Spain in Lima on Tuesday, and again on Friday.")));
        awaitTrue(() -> stored.size() == 3, "the changed file to be read again");
        assertEquals(WriteOutcome.REPLACED, stored.get(2).outcome());
        stopWatch();

        stored.clear();
        startWatch(false);
        write("three.txt", "Harbour fire", "A fire broke out in the harbour of Antofagasta on Thursday.");
        awaitTrue(() -> stored.size() == 1, "the new file to be stored");
        Thread.sleep(SETTLE.toMillis() * 3);
        assertEquals(List.of("three.txt"), stored.stream().map(r -> r.file().getFileName().toString()).toList(),
                "only the file written while the watch was away is read");
        assertTrue(rejected.isEmpty(), rejected.toString());
    }

    @Test
    void aDeletedFileKeepsItsArticlesUnlessDeletionsAreFollowed() throws Exception {
        Path one = write("one.txt", "Visit to Lima", "The president of Peru met the prime minister of Spain in Lima on Tuesday.");
        Path two = write("two.txt", "Port strike", "Dock workers in Valparaiso stopped work on Wednesday.");
        startWatch(false);
        awaitTrue(() -> stored.size() == 2, "both files to be stored");
        String first = stored.stream().filter(r -> r.file().equals(one)).findFirst().orElseThrow().iri();
        String second = stored.stream().filter(r -> r.file().equals(two)).findFirst().orElseThrow().iri();
        Files.delete(one);
        awaitTrue(() -> said.stream().anyMatch(l -> l.startsWith("deleted") && l.contains("one.txt")), "the deletion to be noted");
        assertTrue(holds(first), "without --follow-deletes the article stays");
        stopWatch();

        startWatch(true);
        Files.delete(two);
        awaitTrue(() -> !holds(second), "the deleted file's article to be removed");
        assertTrue(holds(first), "a file deleted while deletions were not followed is not removed later");
        assertTrue(said.stream().anyMatch(l -> l.startsWith("removed") && l.contains(second)), said.toString());

        // A file without a URL that changes is another article; the version it no longer holds goes.
        stored.clear();
        Path three = write("three.txt", "Harbour fire", "A fire broke out in the harbour of Antofagasta on Thursday.");
        awaitTrue(() -> stored.size() == 1, "the new file to be stored");
        String before = stored.get(0).iri();
        write("three.txt", "Harbour fire", "A fire broke out in the harbour of Antofagasta on Thursday night.");
        awaitTrue(() -> stored.size() == 2 && !holds(before), "the outdated version to be removed");
        assertTrue(holds(stored.get(1).iri()));
        assertEquals(three, stored.get(1).file());
    }

    @Test
    void aRejectedFileIsReportedOnceAndTheOthersGoOn() throws Exception {
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        write("good.txt", "Port strike", "Dock workers in Valparaiso stopped work on Wednesday.");
        startWatch(false);
        awaitTrue(() -> stored.size() == 1 && rejected.size() == 1, "one stored, one rejected");
        Thread.sleep(SETTLE.toMillis() * 3);
        assertEquals(1, rejected.size(), "reported once, not at every scan: " + rejected);
        assertTrue(rejected.get(0).contains("empty.txt"), rejected.toString());
    }

    private void startWatch(boolean followDeletes) {
        watch = new Watch(List.of(inbox), store, () -> Pipeline.builder(store).threads(1),
                listener, said::add, new Watch.Settings(SETTLE, Duration.ofSeconds(2), followDeletes, 100));
        running = new Thread(watch::run);
        running.start();
    }

    private void stopWatch() {
        if (watch == null) return;
        assertTrue(watch.stop(Duration.ofMillis(PATIENCE_MS)), "the watch stops");
        watch = null;
    }

    private Path write(String name, String title, String text) throws IOException {
        return Files.writeString(inbox.resolve(name), String.join("", article(title, text)));
    }

    private static String[] article(String title, String... sentences) {
        String[] out = new String[sentences.length + 1];
        out[0] = "title: " + title + "\ndate: 2025-02-03\n\n";
        for (int i = 0; i < sentences.length; i++) out[i + 1] = sentences[i] + (i == sentences.length - 1 ? "\n" : " ");
        return out;
    }

    private boolean holds(String iri) {
        return !store.findArticles(iri).isEmpty();
    }

    private String storedText(String iri) {
        StringBuilder text = new StringBuilder();
        store.select("SELECT ?t WHERE { <" + iri + "> <https://w3id.org/newskg/ontology#text> ?t }",
                row -> text.append(row.getLiteral("t").getString()));
        return text.toString();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(50);
        }
    }
}
