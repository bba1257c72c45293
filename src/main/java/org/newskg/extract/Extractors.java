package org.newskg.extract;

/** The extractor newskg uses unless told otherwise. */
public final class Extractors {
    private Extractors() {}

    public static Extractor defaultExtractor() {
        return new org.newskg.extract.rules.RuleExtractor();
    }
}
