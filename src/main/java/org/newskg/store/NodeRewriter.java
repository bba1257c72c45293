package org.newskg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Provenance;

/**
 * Moves what articles say about one node onto another, graph by graph, in one transaction: how
 * merging two actors and splitting a name off one are carried out in the store. The moved node's
 * labels become variants of its new node; each changed graph gets a fresh content hash.
 */
public final class NodeRewriter {
    private final NewsStore store;

    public NodeRewriter(NewsStore store) {
        this.store = store;
    }

    /**
     * Replaces {@code from} by {@code to} in every article graph where {@code inGraph} holds for the
     * graph's name and statements; returns the article IRIs changed.
     */
    public List<String> replace(String from, String to, BiPredicate<Node, List<Triple>> inGraph) {
        return replace(from, to, null, inGraph);
    }

    /** As {@link #replace(String, String, BiPredicate)}, giving {@code to} the label {@code label} where it moves. */
    public List<String> replace(String from, String to, String label, BiPredicate<Node, List<Triple>> inGraph) {
        Node f = NodeFactory.createURI(from);
        Node t = NodeFactory.createURI(to);
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateWrite(store.dataset(), () -> {
            List<String> changed = new ArrayList<>();
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            for (Node g : graphs) {
                // The statistics graph names actors too, but is recounted from the articles on commit.
                if (StatisticsKeeper.isStatisticsGraph(g)) continue;
                List<Triple> triples = new ArrayList<>();
                dsg.getGraph(g).find().forEachRemaining(triples::add);
                boolean mentions = triples.stream().anyMatch(x -> x.getSubject().equals(f) || x.getObject().equals(f));
                if (!mentions || !inGraph.test(g, triples)) continue;
                Model m = ModelFactory.createDefaultModel();
                for (Triple x : triples) {
                    if (Provenance.isStamp(x)) continue;
                    boolean moved = x.getSubject().equals(f);
                    Node s = moved ? t : x.getSubject();
                    Node p = moved && x.getPredicate().equals(RDFS.label.asNode()) ? SKOS.altLabel.asNode() : x.getPredicate();
                    Node o = x.getObject().equals(f) ? t : x.getObject();
                    m.getGraph().add(Triple.create(s, p, o));
                }
                if (label != null) m.getGraph().add(Triple.create(t, RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
                Model stamp = Provenance.stamps(g.getURI(), ExtractionMapper.contentHash(m), null);
                for (Triple x : triples) {
                    if (Provenance.isContentHash(x)) dsg.delete(g, x.getSubject(), x.getPredicate(), x.getObject());
                }
                for (Triple x : triples) {
                    if (x.getSubject().equals(f) || x.getObject().equals(f)) dsg.delete(g, x.getSubject(), x.getPredicate(), x.getObject());
                }
                m.getGraph().find().forEachRemaining(x -> dsg.add(g, x.getSubject(), x.getPredicate(), x.getObject()));
                stamp.getGraph().find().forEachRemaining(x -> dsg.add(g, x.getSubject(), x.getPredicate(), x.getObject()));
                changed.add(g.getURI());
            }
            return changed;
        });
    }
}
