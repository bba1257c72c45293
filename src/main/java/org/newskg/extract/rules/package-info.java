/**
 * The built-in rule extractor: gazetteers and word lists from {@code data/} read by small rules over
 * tokens. {@link org.newskg.extract.rules.RuleExtractor} is the entry point.
 */
package org.newskg.extract.rules;
