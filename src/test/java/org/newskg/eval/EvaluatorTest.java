package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.rules.RuleExtractor;
import org.newskg.store.NewsStore;

/** Two small gold articles report one meeting: scores per split, and the meeting fused. */
class EvaluatorTest {
    @TempDir
    Path dir;

    @Test
    void scoresEachSplitAndCountsFusedEvents() {
        List<GoldArticle> gold = GoldArticle.loadAll(Path.of("src/test/resources/gold"), Path.of("."));
        assertEquals(List.of("dev", "heldout"), gold.stream().map(GoldArticle::split).toList());
        Evaluator.Report r;
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            r = new Evaluator(new RuleExtractor()).run(gold, store);
        }
        assertEquals(1.0, r.bySplit().get("dev").counts("Person").recall());
        assertEquals(1.0, r.bySplit().get("heldout").counts("Meeting").recall());
        assertEquals(1, r.multiSource(), "one event is reported by both articles");
        assertEquals(1, r.fused(), "and it came out as one node");
        String table = Evaluator.format(r);
        assertTrue(table.contains("heldout") && table.contains("fusion accuracy         1 of 1"), table);
    }
}
