package org.newskg.store;

import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * jena-text's dataset with one economy: a statement whose predicate is not indexed goes straight to
 * the database. jena-text first checks whether each added statement is new (so that no text is
 * indexed twice), one index look-up per statement; only indexed statements need it, and they are a
 * small part of an article's graph; and a graph the writer has just emptied (see {@link #fresh}) needs
 * it for none.
 */
final class IndexedDatasetGraph extends DatasetGraphText {
    private final Set<Node> indexed;
    /** The index's folder, whose completeness marker a write's commit takes away until the index has committed too. */
    private final Path folder;
    /** Graphs emptied in this thread's write transaction: whatever is added to them is new. */
    private final ThreadLocal<Set<Node>> fresh = ThreadLocal.withInitial(java.util.HashSet::new);

    IndexedDatasetGraph(DatasetGraph dsg, TextIndex index, Set<Node> indexed, Path folder) {
        // Behind a plain wrapper, TDB2 is not recognised as such: jena-text then commits the index itself,
        // after TDB2, instead of joining TDB2's transactions as a component, whose abort of a read fails
        // (NullPointerException in Jena 5.6) and so never ends the read.
        super(new DatasetGraphWrapper(dsg), index, new TextDocProducerTriples(index), true);
        this.indexed = Set.copyOf(indexed);
        this.folder = folder;
        getContext().set(TextQuery.textIndex, index);
    }

    /** Declares graph {@code g} empty in this write transaction, so that adding to it needs no check. */
    void fresh(Node g) {
        fresh.get().add(g);
    }

    @Override
    public void add(Quad q) {
        add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        if (!indexed.contains(p)) {
            get().add(g, s, p, o);
        } else if (fresh.get().contains(g)) {
            get().add(g, s, p, o);
            getMonitor().change(TextQuadAction.ADD, g, s, p, o);
        } else {
            super.add(g, s, p, o);
        }
    }

    /**
     * The database commits before the index: a process killed between the two, or an index that fails
     * to commit, would leave the index without that write. The index is marked incomplete until both
     * have committed, so that it is rebuilt the next time the store is opened.
     */
    @Override
    public void commit() {
        fresh.remove();
        boolean write = isInTransaction() && transactionMode() == ReadWrite.WRITE;
        if (write) SearchIndex.markComplete(folder, false);
        super.commit();
        if (write) SearchIndex.markComplete(folder, true);
    }

    @Override
    public void abort() {
        fresh.remove();
        super.abort();
    }

    @Override
    public void end() {
        fresh.remove();
        super.end();
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
