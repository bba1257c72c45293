package org.newskg.rdf;

import org.apache.jena.rdf.model.Model;

/**
 * One article's named graph, ready to store.
 *
 * @param iri         the article's IRI, which is also the graph's name
 * @param model       the statements; ingest time is added by the store, not here
 * @param contentHash SHA-256 of the statements, so an unchanged re-ingest can be recognised
 */
public record ArticleGraph(String iri, String title, String date, Model model, String contentHash,
                           int actors, int events) {
    /** SHA-256 of the article's text ({@code nkg:text}), or null when the graph holds none. */
    public String textHash() {
        var text = model.getResource(iri).getProperty(NKG.text);
        return text == null ? null : org.newskg.id.Keys.sha256(text.getString());
    }
}
