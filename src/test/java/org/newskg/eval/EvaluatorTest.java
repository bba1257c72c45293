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

    /**
     * A gold file for an article we may not copy holds offsets only: the article's text is read from
     * its file, and every toll figure it lists (any authority's) counts as right.
     */
    @Test
    void aTextlessGoldFileReadsItsArticleAndJudgesTollsByEveryFigure() throws java.io.IOException {
        String text = "date 2024-05-06\nA drone strike on Kidal killed at least 14 people on Monday, the mayor said. "
                + "The army said 9 people were killed.\n";
        java.nio.file.Files.createDirectories(dir.resolve("corpus"));
        java.nio.file.Files.writeString(dir.resolve("corpus/001_kidal.txt"), text);
        int start = text.indexOf("A drone");
        int end = text.indexOf("said.") + 5;
        String gold = """
                {"file": "001_kidal.txt", "split": "test",
                 "article": {"id": "001", "date": "2024-05-06", "extractor": {"name": "hand-annotated", "version": "1"}},
                 "actors": [],
                 "events": [{"id": "e1", "key": "event:attack:2024-05-06-kidal", "kind": "Attack",
                   "place": {"name": "Kidal", "country": "ML"}, "date": {"value": "2024-05-06", "precision": "day"},
                   "weapon": "drone strike", "killed": 9,
                   "tolls": [{"killed": 9, "source": "the army"}, {"killed": 14, "qualifier": "at least", "source": "the mayor"}],
                   "evidence": [{"start": %d, "end": %d}]}]}
                """.formatted(start, end);
        java.nio.file.Files.createDirectories(dir.resolve("gold"));
        java.nio.file.Files.writeString(dir.resolve("gold/001_kidal.json"), gold);
        List<GoldArticle> articles = GoldArticle.loadAll(dir.resolve("gold"), dir.resolve("corpus"));
        assertEquals(text, articles.get(0).gold().article().text());
        Evaluator.Report r;
        try (NewsStore store = NewsStore.open(dir.resolve("db2"))) {
            r = new Evaluator(new RuleExtractor()).run(articles, store);
        }
        assertEquals(1.0, r.bySplit().get("test").counts("Attack").recall());
        int[] killed = r.attributes().get("test").counts("killed");
        assertEquals(1, killed[1], "one toll judged");
        assertEquals(1, killed[0], "14, the mayor's figure, is one the article gives: " + Evaluator.format(r));
    }
}
