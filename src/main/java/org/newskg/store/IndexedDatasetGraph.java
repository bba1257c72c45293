package org.newskg.store;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * jena-text's dataset with one economy: a statement whose predicate is not indexed goes straight to
 * the database. jena-text first checks whether each added statement is new (so that no text is
 * indexed twice), one index look-up per statement; only indexed statements need it, and they are a
 * small part of an article's graph.
 */
final class IndexedDatasetGraph extends DatasetGraphText {
    private final Set<Node> indexed;

    IndexedDatasetGraph(DatasetGraph dsg, TextIndex index, Set<Node> indexed) {
        super(dsg, index, new TextDocProducerTriples(index), true);
        this.indexed = Set.copyOf(indexed);
        getContext().set(TextQuery.textIndex, index);
    }

    @Override
    public void add(Quad q) {
        if (indexed.contains(q.getPredicate())) super.add(q);
        else get().add(q);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        if (indexed.contains(p)) super.add(g, s, p, o);
        else get().add(g, s, p, o);
    }

    @Override
    public void delete(Quad q) {
        if (indexed.contains(q.getPredicate())) super.delete(q);
        else get().delete(q);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        if (indexed.contains(p)) super.delete(g, s, p, o);
        else get().delete(g, s, p, o);
    }
}
