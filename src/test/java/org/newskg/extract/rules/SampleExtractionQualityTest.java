package org.newskg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionJson;
import org.newskg.eval.Score;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ReadResult;

/**
 * The built-in extractor against the hand annotation of the bundled samples: precision and recall
 * per kind are printed, and must stay above a floor that guards against regressions.
 */
class SampleExtractionQualityTest {
    @Test
    void extractionOfTheSamplesMatchesTheirHandAnnotation() throws IOException {
        Map<String, Extraction> gold = new HashMap<>();
        List<String> lines = Files.readAllLines(Path.of("data/extractions/samples.jsonl"));
        for (int i = 0; i < lines.size(); i++) {
            Extraction x = ExtractionJson.read(lines.get(i), "samples.jsonl:" + (i + 1));
            gold.put(x.article().source(), x);
        }
        Score score = new Score();
        RuleExtractor extractor = new RuleExtractor();
        try (Stream<Path> files = Files.list(Path.of("data/samples"))) {
            for (Path f : files.filter(ArticleReader::accepts).sorted().toList()) {
                var article = assertInstanceOf(ReadResult.Read.class, new ArticleReader().read(f).get(0)).article();
                Extraction g = gold.get(f.getFileName().toString());
                assertEquals(g.article().text(), article.text(), "the annotation was made on today's cleaned text of " + f);
                score.add(extractor.extract(article), g);
            }
        }
        System.out.println("Built-in extraction vs hand annotation of data/samples:");
        score.byKind().forEach((kind, c) -> System.out.printf("  %-13s %s%n", kind, c));
        for (String kind : List.of("Person", "Country", "Meeting", "Attack", "Negotiation")) {
            Score.Counts c = score.counts(kind);
            assertTrue(c.precision() >= FLOOR_PRECISION && c.recall() >= FLOOR_RECALL, kind + ": " + c);
        }
    }

    private static final double FLOOR_PRECISION = 0.5;
    private static final double FLOOR_RECALL = 0.3;
}
