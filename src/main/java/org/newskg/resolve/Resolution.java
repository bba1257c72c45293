package org.newskg.resolve;

import java.util.Map;

/**
 * The IRIs an extraction's local ids stand for, the canonical label of each actor (the name the
 * store already knows it by, when it knows it), and, for an article that had no date of its own, the
 * date inferred from the dated reports of the events it shares with other articles (or null).
 */
public record Resolution(Map<String, String> actorIris, Map<String, String> actorLabels, Map<String, String> eventIris,
                         java.time.LocalDate inferredDate) {
    public Resolution(Map<String, String> actorIris, Map<String, String> actorLabels, Map<String, String> eventIris) {
        this(actorIris, actorLabels, eventIris, null);
    }

    public Resolution {
        actorIris = Map.copyOf(actorIris);
        actorLabels = Map.copyOf(actorLabels);
        eventIris = Map.copyOf(eventIris);
    }
}
