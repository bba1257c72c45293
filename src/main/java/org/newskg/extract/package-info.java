/**
 * Extraction: from a cleaned article to actors and events, each with the evidence that supports it.
 * {@link org.newskg.extract.Extraction} is the contract between extraction and conversion, and
 * {@link org.newskg.extract.ExtractionJson} its JSON form (documented in
 * {@code ontology/extraction.schema.json}), so any external extractor can speak it too.
 */
package org.newskg.extract;
