package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.TextIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestExtractions;
import org.newskg.query.QueryTemplate;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateRunner;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionMapper;

/** The search index follows the store: what is written is found, what is removed or renamed is not. */
class SearchIndexTest {
    @TempDir
    Path dir;

    private final ExtractionMapper mapper = new ExtractionMapper();
    private final ArticleGraph a = mapper.map(TestExtractions.meeting("https://example.org/a", "Talks in Valletta"));
    private final ArticleGraph zambia = mapper.map(TestExtractions.attackWithTolls("https://example.org/z"));

    @Test
    void findsAnEvidenceSentenceByItsWordsInAnyFormWithTheWordsMarked() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(a, zambia));
            List<Map<String, String>> rows = search(s, "DRONE strikes");
            assertTrue(!rows.isEmpty(), "a sentence with 'drone strike' is found by 'DRONE strikes'");
            Map<String, String> best = rows.get(0);
            assertEquals("Ruiz said a ⟦drone strike⟧ had killed 4 people.", best.get("match"));
            assertTrue(rows.stream().anyMatch(r -> "Attack".equals(r.get("kind"))), "the sentence is evidence for the attack: " + rows);
            assertTrue(rows.stream().noneMatch(r -> "Event".equals(r.get("kind"))), "kinds are the most specific: " + rows);
            assertEquals(a.iri(), best.get("article"));
            assertTrue(rows.stream().noneMatch(r -> r.get("match").contains("mortar")), "the other article's sentences lack the words");
            assertTrue(search(s, "drone mosque").isEmpty(), "every word is required");
        }
    }

    @Test
    void forgetsTheSentencesOfARemovedArticle() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(a, zambia));
            assertEquals(1, sentences(s, "mortar clinic"));
            s.remove(zambia.iri());
            assertEquals(0, sentences(s, "mortar clinic"));
            assertEquals(1, sentences(s, "drone strike"), "the other article's sentence stays");
        }
    }

    @Test
    void aReplacedArticleIsFoundByItsNewTitleOnly() {
        ArticleGraph corrected = mapper.map(TestExtractions.meeting("https://example.org/a", "Corrected headline"));
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(a));
            assertEquals(1, search(s, "valletta talks").size());
            s.write(List.of(corrected));
            assertEquals(List.of(), search(s, "valletta talks"));
            assertEquals(1, search(s, "corrected headline").size());
        }
    }

    @Test
    void namesAreFoundByTheStartsOfTheirWordsAndFollowAMerge() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(a));
            List<String> found = names(s, "tom BE");
            assertEquals(List.of("Tomas Berg"), found);
            String berg = thing(s, "tomas berg");
            String ruiz = thing(s, "ana ruiz");
            new NodeRewriter(s).replace(berg, ruiz, (g, triples) -> true);
            assertEquals(ruiz, thing(s, "tomas berg"), "after the merge the old name is a variant of the kept node");
        }
    }

    @Test
    void anIndexOfManySegmentsIsMergedIntoOneAndStillFindsAndFollowsTheStore() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            List<ArticleGraph> six = new java.util.ArrayList<>();
            for (int i = 1; i <= 6; i++) six.add(mapper.map(TestExtractions.meeting("https://example.org/m" + i, "Talks " + i)));
            for (ArticleGraph g : six) s.write(List.of(g));
            assertTrue(s.mergeSearchIndex() > 4, "each write committed a segment of its own");
            assertEquals(0, s.mergeSearchIndex(), "merged into one: nothing left to merge");
            assertEquals(6, sentences(s, "drone strike"), "every article's sentence is still found");
            s.write(List.of(zambia));
            assertTrue(s.remove(six.get(0).iri()));
            assertEquals(1, sentences(s, "mortar clinic"));
            assertEquals(5, sentences(s, "drone strike"));
        }
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            assertEquals(5, sentences(s, "drone strike"), "the merge was committed, and opening rebuilt nothing");
        }
    }

    @Test
    void keepsIndexingAfterTheStoreIsCompacted() {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(a));
            s.compact();
            s.write(List.of(zambia));
            assertEquals(1, sentences(s, "mortar clinic"), "an article written after compaction is found");
            s.remove(a.iri());
            assertEquals(0, sentences(s, "drone strike"), "and one removed after it is gone");
        }
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            assertEquals(1, sentences(s, "mortar clinic"), "the index was committed, not only held in memory");
        }
    }

    @Test
    void readsThatFailEndTheirTransactionsSoTheStoreCloses() throws Exception {
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            s.write(List.of(a, zambia));
            // Two exports at once whose clients go away, as at a server: each read must end.
            Runnable failing = () -> {
                try {
                    s.export(ExportFormat.NQ, new java.io.OutputStream() {
                        @Override
                        public void write(int b) throws java.io.IOException {
                            throw new java.io.IOException("client gone");
                        }
                    });
                } catch (RuntimeException expected) {
                    // the export fails; its transaction must not stay open
                }
            };
            Thread one = new Thread(failing);
            Thread two = new Thread(failing);
            one.start();
            two.start();
            one.join();
            two.join();
        }
        try (NewsStore s = NewsStore.open(dir.resolve("db"))) {
            assertEquals(1, sentences(s, "mortar clinic"), "closed cleanly (TDB2 refuses to release a store with open transactions) and reopened");
        }
    }

    @Test
    void aStoreWhoseIndexWasLostHasItRebuiltWhenOpened() throws Exception {
        Path db = dir.resolve("db");
        try (NewsStore s = NewsStore.open(db)) {
            s.write(List.of(a));
        }
        try (var files = Files.walk(db.resolve(SearchIndex.FOLDER))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        try (NewsStore s = NewsStore.open(db)) {
            assertEquals(1, sentences(s, "drone strike"));
        }
    }

    @Test
    void anIndexThatFailedToCommitAfterTheDatabaseIsRebuiltWhenTheStoreIsOpenedAgain() {
        Path db = dir.resolve("db");
        AtomicBoolean failing = new AtomicBoolean();
        try (NewsStore s = NewsStore.connect(db, index -> failingCommit(index, failing))) {
            s.write(List.of(a));
            // As a process killed between the two commits: the database has the article, the index not.
            failing.set(true);
            assertThrows(RuntimeException.class, () -> s.write(List.of(zambia)));
            assertFalse(Files.exists(db.resolve(SearchIndex.FOLDER).resolve("newskg-index-complete-2")), "the index is marked incomplete");
        }
        try (NewsStore s = NewsStore.open(db)) {
            assertTrue(s.findArticles(zambia.iri()).contains(zambia.iri()), "the database committed the article");
            assertEquals(1, sentences(s, "mortar clinic"), "and the rebuilt index has its sentences");
            assertEquals(1, sentences(s, "drone strike"));
        }
    }

    /** {@code index}, whose commits fail while {@code failing} is set. */
    private static TextIndex failingCommit(TextIndex index, AtomicBoolean failing) {
        return (TextIndex) Proxy.newProxyInstance(TextIndex.class.getClassLoader(), new Class<?>[] {TextIndex.class}, (proxy, method, args) -> {
            if (method.getName().equals("commit") && failing.get()) throw new IllegalStateException("index commit failed (test)");
            try {
                return method.invoke(index, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** How many distinct sentences the search finds (a sentence is a row for each thing it supports). */
    private static long sentences(NewsStore s, String words) {
        return search(s, words).stream().filter(r -> r.get("evidence") != null).map(r -> r.get("evidence")).distinct().count();
    }

    private static List<Map<String, String>> search(NewsStore s, String words) {
        return run(s, "search", Map.of("words", words));
    }

    private static List<String> names(NewsStore s, String name) {
        return run(s, "find-by-name", Map.of("name", name)).stream().map(r -> r.get("canonicalName")).toList();
    }

    private static String thing(NewsStore s, String name) {
        List<Map<String, String>> rows = run(s, "find-by-name", Map.of("name", name));
        assertEquals(1, rows.size(), "one thing named " + name + ": " + rows);
        return rows.get(0).get("thing");
    }

    private static List<Map<String, String>> run(NewsStore s, String template, Map<String, String> args) {
        QueryTemplate t = TemplateLibrary.load(Path.of("queries")).get(template);
        var rs = new TemplateRunner(s.dataset(), 30_000).run(t, args);
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution q = rs.next();
            Map<String, String> row = new java.util.HashMap<>();
            q.varNames().forEachRemaining(v -> {
                var n = q.get(v);
                row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            });
            rows.add(row);
        }
        return rows;
    }
}
