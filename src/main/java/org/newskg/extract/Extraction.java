package org.newskg.extract;

import java.time.LocalDate;
import org.newskg.id.Keys;
import org.newskg.ingest.Article;
import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article: the article itself and its actors and events. Actors and
 * events refer to each other by local ids, unique within the article.
 */
public record Extraction(ArticleInfo article, List<Actor> actors, List<Event> events) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }

    /**
     * The article: metadata, cleaned text (all offsets index into it) and who extracted it.
     *
     * @param id              the article's id as the extraction names it
     * @param key             the article's key, which its IRI and its undated events' IRIs are made from:
     *                        {@link Keys#articleKey} of its URL and text, computed once (an {@code Article} carries it)
     * @param dateSource      where the date came from, or null when nothing says or the JSON names a source newskg does not
     * @param otherDateSource a date source label from extraction JSON that newskg does not know, kept as written; else null
     */
    public record ArticleInfo(String id, String key, String url, String title, LocalDate date, Article.DateSource dateSource,
                              String otherDateSource, String text, String source, String extractorName, String extractorVersion) {
        /** The article info with the key computed from its URL and text. */
        public ArticleInfo(String id, String url, String title, LocalDate date, Article.DateSource dateSource,
                           String otherDateSource, String text, String source, String extractorName, String extractorVersion) {
            this(id, Keys.articleKey(url, text), url, title, date, dateSource, otherDateSource, text, source, extractorName,
                    extractorVersion);
        }

        public ArticleInfo {
            Objects.requireNonNull(key, "key");
            if (dateSource != null && otherDateSource != null) {
                throw new IllegalArgumentException("a known date source and another label: " + dateSource + ", " + otherDateSource);
            }
        }

        /** What is written for the date source (graph and JSON): the known source's label, else the other label, else null. */
        public String dateSourceLabel() {
            return dateSource != null ? dateSource.label() : otherDateSource;
        }
    }

    /** Kinds of actor. */
    public enum ActorKind { Person, Country, Organization }

    /** Kinds of event. */
    public enum EventKind { Meeting, Attack, Negotiation }

    /** Precision of a date coarser than a day is kept with it. */
    public enum Precision { day, week, month, year }

    /** A span of the cleaned text, end exclusive, in UTF-16 units (Java {@code String} indices). */
    public record Span(int start, int end) {}

    /**
     * An actor as the article names it.
     *
     * @param code     ISO 3166-1 alpha-2 for countries, else null
     * @param wikidata Wikidata QID when known, else null
     */
    public record Actor(String id, ActorKind kind, String name, List<String> aliases, String role,
                        String affiliation, String code, String wikidata, List<Span> evidence) {
        public Actor {
            aliases = List.copyOf(aliases);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Where an event happened: a place's canonical name, its country's ISO code when known, and the
     * other names the article used for it ("Geneva" for Genève).
     */
    public record Place(String name, String country, List<String> aliases) {
        public Place {
            aliases = List.copyOf(aliases);
        }

        public Place(String name, String country) {
            this(name, country, List.of());
        }
    }

    /** When an event happened (or is planned), with its precision. */
    public record EventDate(LocalDate value, Precision precision) {}

    /**
     * One toll as one clause gives it. {@code qualifier} and {@code upTo} bound the killed figure, or the
     * injured one where no killed figure is given.
     *
     * @param qualifier "at least", "more than", "up to", "about", "nearly", or null for an exact figure
     * @param upTo      the upper end of a range ("10 to 15"), else null
     * @param source    local id of the actor the figure is attributed to, else null
     * @param evidence  the sentence that gives it
     */
    public record Toll(Integer killed, Integer injured, String qualifier, Integer upTo, String source, Span evidence) {}

    /**
     * An event and its arguments; a field that does not apply to the kind is null or empty. {@code killed}
     * and {@code injured} are the headline figures (the first the article gives); {@code tolls} are all of
     * them, figure by figure and source by source.
     */
    public record Event(String id, EventKind kind, List<String> participants, Place place, EventDate date,
                        String attacker, String weapon, Integer killed, Integer injured, List<Toll> tolls,
                        String topic, String status, List<String> proposedBy, List<String> acceptedBy,
                        List<String> rejectedBy, List<Span> evidence) {
        public Event {
            tolls = tolls == null ? List.of() : List.copyOf(tolls);
            participants = List.copyOf(participants);
            proposedBy = List.copyOf(proposedBy);
            acceptedBy = List.copyOf(acceptedBy);
            rejectedBy = List.copyOf(rejectedBy);
            evidence = List.copyOf(evidence);
        }
    }
}
