package org.newskg.rdf;

import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;

/**
 * The provenance stamped on an article's graph when it is written: {@code nkg:contentHash} (how an
 * unchanged graph is recognised) and {@code prov:generatedAtTime} on the article node. The one place
 * that makes and recognises them, for every sink and for curation's rewrites.
 */
public final class Provenance {
    private Provenance() {}

    /** The statements stamping {@code g}: its content hash and, when {@code at} is not null, the time it was generated. */
    public static Model stamps(ArticleGraph g, Instant at) {
        return stamps(g.iri(), g.contentHash(), at);
    }

    /** The statements stamping the graph of article {@code articleIri}, as {@link #stamps(ArticleGraph, Instant)}. */
    public static Model stamps(String articleIri, String contentHash, Instant at) {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(articleIri);
        article.addProperty(NKG.contentHash, contentHash);
        if (at != null) article.addProperty(NKG.generatedAtTime, m.createTypedLiteral(at.toString(), XSDDatatype.XSDdateTime));
        return m;
    }

    /** Whether {@code t} is a stamp, which a graph's content hash does not cover. */
    public static boolean isStamp(Triple t) {
        return isContentHash(t) || t.getPredicate().equals(NKG.generatedAtTime.asNode());
    }

    /** Whether {@code t} is the content hash stamp, which a rewrite of the graph replaces (the time it was generated stays). */
    public static boolean isContentHash(Triple t) {
        return t.getPredicate().equals(NKG.contentHash.asNode());
    }
}
