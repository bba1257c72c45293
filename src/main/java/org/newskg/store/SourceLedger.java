package org.newskg.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newskg.id.Iris;
import org.newskg.rdf.NKG;

/**
 * The store's memory of its sources ({@link SourceRecord}): one {@code nkg:SourceRecord} node per file
 * or page, kept in the store's default graph. Queries read the union of the article graphs, so they
 * never see it; exports and statistics leave it out; it lives and is backed up with the store itself.
 */
public final class SourceLedger {
    private static final Node GRAPH = Quad.defaultGraphIRI;
    private final Dataset ds;

    SourceLedger(Dataset ds) {
        this.ds = ds;
    }

    /** The record of {@code location}, or null when it was never recorded. */
    public SourceRecord get(String location) {
        return Txn.calculateRead(ds, () -> read(ds.asDatasetGraph(), node(location)));
    }

    /** Every record whose location starts with {@code prefix} ("" for all), by location. */
    public Map<String, SourceRecord> startingWith(String prefix) {
        return Txn.calculateRead(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Map<String, SourceRecord> out = new LinkedHashMap<>();
            dsg.find(GRAPH, Node.ANY, NKG.location.asNode(), Node.ANY).forEachRemaining(q -> {
                String location = q.getObject().getLiteralLexicalForm();
                if (location.startsWith(prefix)) out.put(location, read(dsg, q.getSubject()));
            });
            return out;
        });
    }

    /** Writes these records in one transaction, each replacing what its location had. */
    public void put(Collection<SourceRecord> records) {
        if (records.isEmpty()) return;
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            for (SourceRecord r : records) {
                Node s = node(r.location());
                dsg.deleteAny(GRAPH, s, Node.ANY, Node.ANY);
                add(dsg, s, RDF.type.asNode(), NKG.SourceRecord.asNode());
                add(dsg, s, NKG.location.asNode(), NodeFactory.createLiteralString(r.location()));
                if (r.size() >= 0) add(dsg, s, NKG.byteSize.asNode(), NodeFactory.createLiteralDT(Long.toString(r.size()), XSDDatatype.XSDlong));
                if (r.modified() != null) add(dsg, s, NKG.modifiedAt.asNode(), time(r.modified()));
                if (r.etag() != null) add(dsg, s, NKG.httpETag.asNode(), NodeFactory.createLiteralString(r.etag()));
                if (r.lastModified() != null) add(dsg, s, NKG.httpLastModified.asNode(), NodeFactory.createLiteralString(r.lastModified()));
                add(dsg, s, NKG.checkedAt.asNode(), time(r.checked()));
                for (String article : r.articles()) add(dsg, s, NKG.yielded.asNode(), NodeFactory.createURI(article));
            }
        });
    }

    /** Forgets {@code location}: a file deleted, say. */
    public void forget(String location) {
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().deleteAny(GRAPH, node(location), Node.ANY, Node.ANY));
    }

    private static SourceRecord read(DatasetGraph dsg, Node s) {
        String location = literal(dsg, s, NKG.location);
        if (location == null) return null;
        String size = literal(dsg, s, NKG.byteSize);
        String modified = literal(dsg, s, NKG.modifiedAt);
        String checked = literal(dsg, s, NKG.checkedAt);
        List<String> articles = new ArrayList<>();
        dsg.find(GRAPH, s, NKG.yielded.asNode(), Node.ANY).forEachRemaining(q -> articles.add(q.getObject().getURI()));
        articles.sort(null);
        return new SourceRecord(location, size == null ? -1 : Long.parseLong(size), modified == null ? null : Instant.parse(modified),
                literal(dsg, s, NKG.httpETag), literal(dsg, s, NKG.httpLastModified),
                checked == null ? Instant.EPOCH : Instant.parse(checked), articles);
    }

    private static String literal(DatasetGraph dsg, Node s, org.apache.jena.rdf.model.Property p) {
        var it = dsg.find(GRAPH, s, p.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    private static void add(DatasetGraph dsg, Node s, Node p, Node o) {
        dsg.add(GRAPH, s, p, o);
    }

    private static Node time(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }

    private static Node node(String location) {
        return NodeFactory.createURI(Iris.sourceRecord(location));
    }
}
