package org.newskg.resolve;

import java.util.Map;

/**
 * The IRIs an extraction's local ids stand for, and the canonical label of each actor (the name
 * the store already knows it by, when it knows it).
 */
public record Resolution(Map<String, String> actorIris, Map<String, String> actorLabels, Map<String, String> eventIris) {
    public Resolution {
        actorIris = Map.copyOf(actorIris);
        actorLabels = Map.copyOf(actorLabels);
        eventIris = Map.copyOf(eventIris);
    }
}
