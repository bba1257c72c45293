package org.newskg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Event;
import org.newskg.extract.Extraction.EventKind;
import org.newskg.ingest.Article;

/** What the rule tests share: an invented text as an article dated Thursday 13 June 2024, and its one event of a kind. */
final class RuleFixtures {
    static final LocalDate THURSDAY = LocalDate.of(2024, 6, 13);

    private RuleFixtures() {}

    static Extraction extract(String text) {
        return new RuleExtractor().extract(new Article("k", null, "t", THURSDAY, Article.DateSource.METADATA, text, "t.txt"));
    }

    /** The one event of {@code kind}; fails when there is none or more than one. */
    static Event only(Extraction x, EventKind kind) {
        List<Event> es = x.events().stream().filter(e -> e.kind() == kind).toList();
        assertEquals(1, es.size(), x.events().toString());
        return es.get(0);
    }
}
