package org.newskg.resolve;

import java.util.Map;
import org.newskg.extract.Extraction;

/** Gives an extraction's actors and events their IRIs. */
public interface Resolver {
    Resolution resolve(Extraction x);

    /**
     * Called before the articles of each batch are resolved: learn what other writers stored since.
     * {@code written} holds the article graphs this run stored since the last call (IRI to content hash).
     */
    default void learn(Map<String, String> written) {}
}
