package org.newskg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.Event;
import org.newskg.extract.Extraction.EventKind;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ReadResult;

/**
 * The two real articles of {@code ../shared/seeds}, through the general rules: main people and their
 * roles, the Paris meeting, the Sumy attack, the ceasefire proposal. Skipped where the folder is absent.
 */
class SeedExtractionTest {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static List<Extraction> extractions;

    @BeforeAll
    static void extract() throws IOException {
        org.newskg.TestSeeds.assumePresent(SeedExtractionTest.class);
        try (Stream<Path> files = Files.list(SEEDS)) {
            extractions = files.sorted().map(f -> ((ReadResult.Read) new ArticleReader().read(f).get(0)).article())
                    .map(new RuleExtractor()::extract).toList();
        }
    }

    private static Extraction dated() {
        return extractions.stream().filter(x -> x.article().dateSource() == org.newskg.ingest.Article.DateSource.METADATA).findFirst().orElseThrow();
    }

    private static Actor named(Extraction x, String name) {
        return x.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " missing: " + x.actors().stream().map(Actor::name).toList()));
    }

    private static Set<String> names(Extraction x, List<String> ids) {
        return ids.stream().map(id -> x.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().name())
                .collect(Collectors.toSet());
    }

    @Test
    void mainPeopleComeWithTheirRolesAndAffiliations() {
        for (Extraction x : extractions) {
            Actor rubio = named(x, "Marco Rubio");
            assertTrue(rubio.role().endsWith("Secretary of State"), rubio.role());
            assertEquals("United States", named(x, "United States").name());
            assertEquals(named(x, "United States").id(), rubio.affiliation());
            assertEquals(named(x, "France").id(), named(x, "Emmanuel Macron").affiliation());
            assertEquals(named(x, "Russia").id(), named(x, "Dmitry Peskov").affiliation());
            assertEquals("Kremlin spokesman", named(x, "Dmitry Peskov").role());
            assertEquals(named(x, "Russia").id(), named(x, "Vladimir Putin").affiliation());
            assertTrue(named(x, "Steve Witkoff").role().contains("envoy"));
            assertTrue(named(x, "Andriy Yermak").role().contains("chief of staff"));
        }
    }

    @Test
    void theParisMeetingOfApril17HasItsParticipants() {
        Extraction x = dated();
        Event paris = x.events().stream().filter(e -> e.kind() == EventKind.Meeting && e.place() != null
                && e.place().name().equals("Paris")).findFirst().orElseThrow(() -> new AssertionError(x.events().toString()));
        assertEquals(LocalDate.of(2025, 4, 17), paris.date().value());
        assertEquals("FR", paris.place().country());
        assertTrue(names(x, paris.participants()).containsAll(Set.of("Marco Rubio", "Emmanuel Macron", "Steve Witkoff", "Andriy Yermak")),
                names(x, paris.participants()).toString());
        assertFalse(names(x, paris.participants()).contains("Dmitry Peskov"), "he dismissed the meeting");
        assertTrue(paris.evidence().size() >= 2);
    }

    @Test
    void theSumyAttackHasItsTollAndAttacker() {
        for (Extraction x : extractions) {
            Event sumy = x.events().stream().filter(e -> e.kind() == EventKind.Attack && e.place() != null
                    && e.place().name().equals("Sumy")).findFirst().orElseThrow(() -> new AssertionError(x.events().toString()));
            assertEquals(35, sumy.killed());
            assertEquals("Russia", names(x, List.of(sumy.attacker())).iterator().next());
        }
        Event sumy = dated().events().stream().filter(e -> e.place() != null && e.place().name().equals("Sumy")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 4, 13), sumy.date().value());
        assertEquals("ballistic missile", sumy.weapon());
    }

    @Test
    void theUsCeasefireProposalWasBackedByUkraineAndRejectedByPutin() {
        for (Extraction x : extractions) {
            Event ceasefire = x.events().stream().filter(e -> e.kind() == EventKind.Negotiation && "ceasefire".equals(e.topic()))
                    .findFirst().orElseThrow();
            assertEquals(Set.of("United States"), names(x, ceasefire.proposedBy()));
            assertEquals(Set.of("Ukraine"), names(x, ceasefire.acceptedBy()));
            assertEquals(Set.of("Vladimir Putin"), names(x, ceasefire.rejectedBy()));
            assertEquals("rejected", ceasefire.status());
        }
    }

    @Test
    void noFurnitureBecameAnActor() {
        Set<String> furniture = Set.of("Erdoğan", "CHP", "Atatürk", "Hamas", "Vance", "Şimşek", "FIFA", "Club World Cup");
        for (Extraction x : extractions) {
            for (Actor a : x.actors()) {
                assertFalse(furniture.stream().anyMatch(f -> a.name().contains(f)), a.name());
                assertTrue(a.evidence().stream().allMatch(s -> s.end() <= x.article().text().length()));
            }
        }
    }
}
