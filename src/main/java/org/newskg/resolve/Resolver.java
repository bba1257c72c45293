package org.newskg.resolve;

import org.newskg.extract.Extraction;

/** Gives an extraction's actors and events their IRIs. */
public interface Resolver {
    Resolution resolve(Extraction x);
}
