package org.newskg;

import java.time.LocalDate;
import java.util.List;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.ActorKind;
import org.newskg.extract.Extraction.Event;
import org.newskg.extract.Extraction.EventKind;
import org.newskg.extract.Extraction.Span;

/** Small extractions written for tests: a meeting in Valletta with its evidence. */
public final class TestExtractions {
    public static final String TEXT = "Foreign Minister Ana Ruiz met Tomas Berg in Valletta on Monday.\n\n"
            + "Ruiz said a drone strike had killed 4 people.";

    private TestExtractions() {}

    /** A meeting of two people with countries, and an attack, in one article. */
    public static Extraction meeting(String url, String title) {
        Span first = new Span(0, TEXT.indexOf("\n\n"));
        Span second = new Span(TEXT.indexOf("Ruiz said"), TEXT.length());
        var article = new Extraction.ArticleInfo("t1", url, title, LocalDate.of(2025, 3, 10), org.newskg.ingest.Article.DateSource.METADATA, null, TEXT,
                "t1.txt", "test", "1");
        List<Actor> actors = List.of(
                new Actor("a1", ActorKind.Person, "Ana Ruiz", List.of("Ruiz"), "Foreign Minister", "a3", null, null, List.of(first, second)),
                new Actor("a2", ActorKind.Person, "Tomas Berg", List.of(), null, null, null, null, List.of(first)),
                new Actor("a3", ActorKind.Country, "Spain", List.of(), null, null, "ES", "Q29", List.of(first)));
        List<Event> events = List.of(
                new Event("e1", EventKind.Meeting, List.of("a1", "a2"), new Extraction.Place("Valletta", "MT"),
                        new Extraction.EventDate(LocalDate.of(2025, 3, 10), Extraction.Precision.day), null, null, null, null, List.of(),
                        null, "held", List.of(), List.of(), List.of(), List.of(first)),
                new Event("e2", EventKind.Attack, List.of(), null, null, null, "drone", 4, null, List.of(),
                        null, null, List.of(), List.of(), List.of(), List.of(second)));
        return new Extraction(article, actors, events);
    }

    /** Text of {@link #attackWithTolls}: two authorities give two tolls, one with "at least", one a range. */
    public static final String TOLL_TEXT = "A mortar attack hit a clinic in Ndola on Sunday.\n\n"
            + "Zambia's health ministry said at least 8 people were killed; the Red Cross put the toll at 5 to 7.";

    /** An attack with two toll reports from two sources, and a headline figure. */
    public static Extraction attackWithTolls(String url) {
        Span first = new Span(0, TOLL_TEXT.indexOf("\n\n"));
        Span second = new Span(TOLL_TEXT.indexOf("Zambia's"), TOLL_TEXT.length());
        var article = new Extraction.ArticleInfo("t2", url, "Clinic hit", LocalDate.of(2025, 5, 4), org.newskg.ingest.Article.DateSource.METADATA, null, TOLL_TEXT,
                "t2.txt", "test", "1");
        List<Actor> actors = List.of(
                new Actor("a1", ActorKind.Country, "Zambia", List.of(), null, null, "ZM", null, List.of(second)),
                new Actor("a2", ActorKind.Organization, "Red Cross", List.of(), null, null, null, null, List.of(second)));
        List<Extraction.Toll> tolls = List.of(
                new Extraction.Toll(8, null, "at least", null, "a1", second),
                new Extraction.Toll(5, null, null, 7, "a2", second));
        Event attack = new Event("e1", EventKind.Attack, List.of(), new Extraction.Place("Ndola", "ZM"),
                new Extraction.EventDate(LocalDate.of(2025, 5, 4), Extraction.Precision.day), null, "mortar", 8, null, tolls,
                null, null, List.of(), List.of(), List.of(), List.of(first, second));
        return new Extraction(article, actors, List.of(attack));
    }
}
