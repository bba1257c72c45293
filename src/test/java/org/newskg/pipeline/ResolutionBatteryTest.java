package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.rules.RuleExtractor;
import org.newskg.rdf.NKG;
import org.newskg.store.NewsStore;

/**
 * Truth before recall, pair by pair: two articles written for the test (in
 * {@code src/test/resources/battery}) go into a real store, and resolution must keep apart what is
 * different (two people, two bodies, two meetings, attacks or truce plans: other years, places, wars,
 * sides) and fuse what is one. An "apart" pair also needs a node of the kind in each article, so
 * that a pair the extractor misses cannot pass for one kept apart.
 */
class ResolutionBatteryTest {
    private static final Path BATTERY = Path.of("src/test/resources/battery");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> eachPair() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(BATTERY)) {
            cases = s.filter(p -> p.getFileName().toString().matches("(apart|fuse)-.*\\.txt")).sorted().toList();
        }
        assertTrue(cases.size() >= 10, "cases: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private void check(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String kind = lines.get(0).replaceFirst("^# kind: *", "").strip();
        String why = lines.get(1).replaceFirst("^# *", "");
        Path folder = Files.createDirectories(dir.resolve(file.getFileName().toString().replace(".txt", "")));
        List<Path> articles = writeArticles(lines, folder);
        assertEquals(2, articles.size(), file + " holds two articles");
        try (NewsStore store = NewsStore.open(folder.resolve("store"))) {
            IngestSummary s = Pipeline.builder(store).extractor(new RuleExtractor()).listener(IngestListener.onRejected(p -> { })).batch(10).files(articles).build().run();
            assertEquals(2, s.added(), "both articles stored");
            long shared = count(store, kind, true);
            if (file.getFileName().toString().startsWith("fuse-")) {
                assertTrue(shared >= 1, "one " + kind + " in both articles: " + why);
            } else {
                assertEquals(0, shared, "no " + kind + " in both articles: " + why);
                assertEquals(2, count(store, kind, false), "each article has a " + kind + " of its own: " + why);
            }
        }
    }

    /** Splits the case file at its {@code --- NAME} lines into article files. */
    private static List<Path> writeArticles(List<String> lines, Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        StringBuilder text = null;
        String name = null;
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith("--- ")) {
                if (name != null) out.add(Files.writeString(folder.resolve(name), text));
                name = line.substring(4).strip();
                text = new StringBuilder();
            } else if (text != null) {
                text.append(line).append('\n');
            }
        }
        if (name != null) out.add(Files.writeString(folder.resolve(name), text));
        return out;
    }

    /**
     * With {@code shared}: the nodes of the kind that both articles mention. Without: the articles that
     * mention a node of the kind.
     */
    private static long count(NewsStore store, String kind, boolean shared) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(shared
                ? "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?a { ?x a ?kind } GRAPH ?b { ?x a ?kind } FILTER(STR(?a) < STR(?b)) }"
                : "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?x a ?kind } }");
        q.setIri("kind", NKG.NS + kind);
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), store.dataset())) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
