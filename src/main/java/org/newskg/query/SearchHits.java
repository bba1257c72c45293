package org.newskg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The rows of the {@code search} template, one per sentence and thing it supports, gathered into one
 * hit per sentence (or article title), best first: what the command line and the search page show.
 */
public final class SearchHits {
    /** The marks the template puts around matched words (its highlight option). */
    public static final String OPEN = "⟦";
    public static final String CLOSE = "⟧";

    /** One actor or event a sentence is evidence for. */
    public record About(String kind, String name, String iri) {}

    /**
     * One sentence or title: the text with its marks, the article's title (empty when unknown) and IRI
     * (null when unknown), and what it is evidence for (nothing, for a title).
     */
    public record Hit(String match, String articleTitle, String article, List<About> about) {}

    private SearchHits() {
    }

    /** The template's rows as hits, in the rows' order (best first). */
    public static List<Hit> of(ResultSet rows) {
        Map<String, Hit> hits = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            boolean sentence = s.get("evidence") != null;
            String key = sentence ? s.get("evidence").toString() : s.get("article") + " title";
            Hit hit = hits.computeIfAbsent(key, k -> new Hit(text(s.get("match")), text(s.get("articleTitle")),
                    s.get("article") == null ? null : s.get("article").toString(), new ArrayList<>()));
            if (sentence && s.get("about") != null) hit.about().add(new About(text(s.get("kind")), text(s.get("name")), s.get("about").toString()));
        }
        return hits.values().stream().map(h -> new Hit(h.match(), h.articleTitle(), h.article(), List.copyOf(h.about()))).toList();
    }

    private static String text(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
