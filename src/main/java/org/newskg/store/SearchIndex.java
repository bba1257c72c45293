package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.newskg.rdf.NKG;

/**
 * The store's full-text index (jena-text over Lucene, in the folder {@value #FOLDER} of the store):
 * names (the statistics graph's nkg:knownName: each name of a node once, not once per article that
 * gives it, so that a name look-up reads few documents), article titles and evidence sentences. Every change made through the
 * wrapped dataset updates the index in the same transaction, quad by quad, so ingest, remove, merge,
 * split and writes through the server all keep it in step; a store without a whole index has one built
 * when opened.
 */
final class SearchIndex {
    static final String FOLDER = "text-index";
    /**
     * Written once an index holds everything the store did when it was built; the name changes when
     * what is indexed does, so that an older index is rebuilt (2: names from nkg:knownName).
     */
    private static final String COMPLETE = "newskg-index-complete-2";
    static final String NAME = "name";
    static final String TITLE = "title";
    static final String SENTENCE = "sentence";

    /** The predicates whose texts are indexed. */
    private static final List<Node> INDEXED = List.of(NKG.knownName.asNode(), DCTerms.title.asNode(), NKG.sentence.asNode());

    private SearchIndex() {
    }

    /** The dataset {@code base} (the TDB2 store in {@code storeDir}) with its search index attached. */
    static IndexedDatasetGraph attach(Dataset base, Path storeDir) {
        return attach(base, storeDir, UnaryOperator.identity());
    }

    /** As {@link #attach(Dataset, Path)}, with the Lucene index seen through {@code wrap} (tests make it fail). */
    static IndexedDatasetGraph attach(Dataset base, Path storeDir, UnaryOperator<TextIndex> wrap) {
        Path folder = storeDir.resolve(FOLDER);
        boolean whole = Files.exists(folder.resolve(COMPLETE));
        if (!whole) clear(folder);
        TextIndex index;
        try {
            Files.createDirectories(folder);
            index = wrap.apply(TextDatasetFactory.createLuceneIndex(FSDirectory.open(folder), config()));
        } catch (IOException e) {
            throw new StoreException("cannot open the search index " + folder + ": " + e.getMessage(), e);
        }
        if (!whole) {
            long n = build(base.asDatasetGraph(), index);
            if (n > 0) System.err.println("newskg: built the search index of " + storeDir + " (" + n + " texts)");
            markComplete(folder, true);
        }
        return new IndexedDatasetGraph(base.asDatasetGraph(), index, Set.copyOf(INDEXED), folder);
    }

    /**
     * Marks the index in {@code folder} as holding everything the database does, or not; the change
     * is on disk (the folder synced) before this returns, since a database commit may follow at once.
     */
    static void markComplete(Path folder, boolean complete) {
        Path marker = folder.resolve(COMPLETE);
        try {
            if (complete) Files.writeString(marker, "");
            else Files.deleteIfExists(marker);
            try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
                dir.force(true);
            }
        } catch (IOException e) {
            throw new StoreException("cannot " + (complete ? "write " : "delete ") + marker + ": " + e.getMessage(), e);
        }
    }

    private static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", NAME, "graph", NKG.knownName.asNode());
        def.set(TITLE, DCTerms.title.asNode());
        def.set(SENTENCE, NKG.sentence.asNode());
        // A document per quad, identified by graph, subject, field and text: deleting a quad deletes its document.
        def.setUidField("uid");
        def.setLangField("lang");
        def.setAnalyzer(NAME, new SearchAnalyzers.Names());
        def.setAnalyzer(TITLE, new SearchAnalyzers.Prose());
        def.setAnalyzer(SENTENCE, new SearchAnalyzers.Prose());
        TextIndexConfig config = new TextIndexConfig(def);
        config.setValueStored(true);
        config.setAnalyzer(new SearchAnalyzers.Names());
        return config;
    }

    /** Indexes every indexed text already in the store; returns how many. */
    private static long build(DatasetGraph dsg, TextIndex index) {
        EntityDefinition def = index.getDocDef();
        long n = Txn.calculateRead(dsg, () -> {
            long count = 0;
            for (Node p : INDEXED) {
                var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    Entity e = TextQueryFuncs.entityFromQuad(def, q);
                    if (e == null) continue;
                    index.addEntity(e);
                    count++;
                }
            }
            return count;
        });
        index.commit();
        return n;
    }

    /**
     * Merges the index into one segment when it has more than {@code maxSegments}, in a write
     * transaction of {@code dsg} so that no write runs beside the merge and its commit is the index's.
     * Why: jena-text opens a new Lucene reader for every search, and opening one costs by the segment
     * (at 100k articles: 16-36 ms over 11 segments, 4 ms over one). Returns the segments it merged
     * into one, 0 when it left the index as it was.
     */
    static int merge(IndexedDatasetGraph dsg, int maxSegments) {
        if (!(dsg.getTextIndex() instanceof TextIndexLucene lucene)) return 0;
        try {
            int segments = SegmentInfos.readLatestCommit(lucene.getDirectory()).size();
            if (segments <= maxSegments) return 0;
            Txn.executeWrite(dsg, () -> {
                try {
                    lucene.getIndexWriter().forceMerge(1);
                } catch (IOException e) {
                    throw new StoreException("cannot merge the search index: " + e.getMessage(), e);
                }
            });
            return segments;
        } catch (IOException e) {
            throw new StoreException("cannot read the search index's segments: " + e.getMessage(), e);
        }
    }

    /** Deletes a partial index left by a run that stopped while building it. */
    private static void clear(Path folder) {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new StoreException("cannot clear the partial search index " + folder + ": " + e.getMessage(), e);
        }
    }
}
