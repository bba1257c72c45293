package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages are layers: each may use only its own layer and those below it, never one above, so
 * there is no cycle. Read from the sources, not the classes: every {@code import org.newskg.x...},
 * {@code import static org.newskg.x...} and fully qualified {@code org.newskg.x.} in code or Javadoc
 * counts. A new package must be placed in {@link #LAYERS}.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "newskg");

    /**
     * Bottom to top; "" is the root package. A sub-package belongs to its parent's layer unless it is
     * listed itself (the longest listed prefix wins).
     */
    static final List<String> LAYERS = List.of(
            "",         // Lexicon, Latin, FileTrees, NewskgException, Version
            "id",       // article keys, article URLs, the IRI policy
            "ingest",   // read and clean: files, pages, JSON Lines -> Article
            "extract",  // Article -> Extraction (rules/, text/)
            "resolve",  // Extraction -> Resolution (IRIs); reads what is known through KnownEntities
            "rdf",      // NKG terms, Extraction + Resolution -> one named graph per article
            "store",    // ArticleStore: TDB2, remote Fuseki; the KnownEntities adapter
            "pipeline", // read -> extract -> resolve -> map -> store, in order
            "watch",    // watched folders and polled feeds, remembered in the store's ledger
            "query",    // SPARQL templates
            "serve",    // HTTP server over the store and templates
            "eval",     // scores extraction and resolution against gold articles
            "bench",    // benchmarks, load tests, generated corpora
            "cli");     // picocli commands

    /** {@code org.newskg.} and a lower-case package name, followed by a dot (a class or sub-package in it). */
    private static final Pattern USE = Pattern.compile("\\borg\\.newskg\\.([a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)*)\\.");

    record Source(Path file, String pkg) {}

    @Test
    void noPackageUsesOneAboveIt() {
        List<String> upward = new ArrayList<>();
        for (Source s : sources()) {
            int own = layer(s.pkg());
            List<String> lines = lines(s.file());
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("package ")) continue;
                Matcher m = USE.matcher(line);
                while (m.find()) {
                    int used = layer(m.group(1));
                    if (used > own) {
                        upward.add(name(s.pkg()) + " -> " + name(m.group(1)) + ": " + SOURCES.relativize(s.file())
                                + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertTrue(upward.isEmpty(), "uses of a package above its own layer (" + upward.size() + ") (order bottom to top: "
                + LAYERS.stream().map(LayeringTest::name).toList() + "):\n" + String.join("\n", upward));
    }

    @Test
    void everyPackageHasALayer() {
        Set<String> present = new TreeSet<>();
        for (Source s : sources()) present.add(top(s.pkg()));
        Set<String> missing = new TreeSet<>(present);
        missing.removeIf(p -> LAYERS.contains(p));
        assertEquals(Set.of(), missing, "packages with no place in LayeringTest.LAYERS: put each where it fits");
        Set<String> stale = new TreeSet<>(LAYERS);
        stale.removeAll(present);
        assertEquals(Set.of(), stale, "layers with no sources: remove them from LayeringTest.LAYERS");
    }

    /** The test sees the sources it is meant to check, and knows an upward use when it sees one. */
    @Test
    void readsTheSources() {
        assertTrue(sources().size() > 100, "expected the sources under " + SOURCES.toAbsolutePath());
        assertTrue(layer("resolve") < layer("rdf") && layer("extract.rules") == layer("extract") && layer("") == 0);
        Matcher m = USE.matcher("x = new org.newskg.rdf.NKG(); import static org.newskg.store.A.b;");
        assertTrue(m.find() && m.group(1).equals("rdf") && m.find() && m.group(1).equals("store"));
    }

    /** Every .java under {@link #SOURCES}, with its package below {@code org.newskg} ("" for the root). */
    static List<Source> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().map(f -> {
                Path dir = SOURCES.relativize(f).getParent();
                return new Source(f, dir == null ? "" : dir.toString().replace(f.getFileSystem().getSeparator(), "."));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rank of a package (or of a package and class path such as {@code extract.rules}): its longest listed prefix. */
    static int layer(String pkg) {
        String p = pkg;
        while (true) {
            int i = LAYERS.indexOf(p);
            if (i >= 0) return i;
            if (p.isEmpty()) throw new AssertionError("no layer for " + pkg);
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
    }

    private static String top(String pkg) {
        int dot = pkg.indexOf('.');
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "(root)" : pkg;
    }

    private static List<String> lines(Path f) {
        try {
            return Files.readAllLines(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
