package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.Extractor;
import org.newskg.extract.rules.RuleExtractor;
import org.newskg.store.NewsStore;

/** Extraction's heap is bounded up front: an article that cannot fit is refused unextracted, and articles wait for room. */
class ExtractionBudgetTest {
    private static final long MB = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void anArticleWhoseEstimateExceedsTheBudgetIsRefusedWithTheFigures() {
        ExtractionBudget budget = new ExtractionBudget(MB);
        int fits = (int) (MB / ExtractionBudget.HEAP_BYTES_PER_CHAR);
        assertNull(budget.refusal(fits));
        String refusal = budget.refusal(fits + 1);
        assertTrue(refusal.startsWith("too large to extract in this heap"), refusal);
        assertTrue(refusal.contains("the heap allows 1 MB") && refusal.contains("lower --max-bytes or raise the heap"), refusal);
    }

    @Test
    void articlesThatTogetherExceedTheBudgetAreExtractedOneAfterTheOther() throws Exception {
        ExtractionBudget budget = new ExtractionBudget(MB);
        int sixtyPercent = (int) (MB * 6 / 10 / ExtractionBudget.HEAP_BYTES_PER_CHAR);
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondRan = new CountDownLatch(1);
        Thread first = new Thread(() -> budget.run(sixtyPercent, () -> {
            firstRunning.countDown();
            awaitQuietly(releaseFirst);
            return null;
        }));
        first.start();
        assertTrue(firstRunning.await(5, TimeUnit.SECONDS));
        Thread second = new Thread(() -> budget.run(sixtyPercent, () -> {
            secondRan.countDown();
            return null;
        }));
        second.start();
        assertFalse(secondRan.await(300, TimeUnit.MILLISECONDS), "the second waits while the first holds 60% of the budget");
        releaseFirst.countDown();
        assertTrue(secondRan.await(5, TimeUnit.SECONDS), "and runs once the first is done");
        first.join();
        second.join();
    }

    @Test
    void theIngestRejectsTheArticleThatCannotFitUnextractedAndStoresTheRest() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        String sentence = "Envoys of the two states met in Tallinn on Monday to discuss the border, officials said. ";
        Files.writeString(batch.resolve("small.txt"), "title: Talks in Tallinn\ndate: 2025-01-06\n\n" + sentence);
        Files.writeString(batch.resolve("large.txt"), "title: Long talks\ndate: 2025-01-06\n\n" + sentence.repeat(200));
        AtomicInteger extracted = new AtomicInteger();
        RuleExtractor rules = new RuleExtractor();
        Extractor counting = a -> {
            extracted.incrementAndGet();
            return rules.extract(a);
        };
        List<String> rejected = new ArrayList<>();
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            // 8,000 characters fit in 1 MB; the large article has about 18,000.
            IngestSummary summary = Pipeline.builder(store).extractor(counting).listener(IngestListener.onRejected(e -> rejected.add(e.getMessage()))).batch(10)
                    .extractionHeap(MB).files(List.of(batch)).build().run();
            assertEquals(1, summary.added());
        }
        assertEquals(1, extracted.get(), "the large article was never extracted");
        assertEquals(1, rejected.size(), rejected.toString());
        assertTrue(rejected.get(0).contains("large.txt") && rejected.get(0).contains("too large to extract in this heap"), rejected.get(0));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
