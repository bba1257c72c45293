package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestExtractions;
import org.newskg.extract.ExtractionJson;
import org.newskg.rdf.NKG;
import org.newskg.store.NewsStore;
import org.newskg.store.StatisticsKeeper;

/**
 * Bad input end to end: every kind of bad file, next to good articles, goes through the real
 * {@code ingest} command into a real TDB2 store. Each bad input is one line naming its path and the
 * reason; the good articles go in; nothing of a rejected input reaches the store; the store still
 * conforms to the shapes.
 */
class BadInputTest {
    private static final String PLAIN = """
            title: Envoys meet in Valletta
            date: 2025-03-10

            Envoys of the two states met in Valletta on Monday to discuss the border, officials said.
            """;
    private static final String HTML = "<html><head><title>Talks in Oslo</title>"
            + "<meta property=\"article:published_time\" content=\"2025-04-02\"></head><body><nav><a href=\"/\">Home</a></nav>"
            + "<article><p>Foreign Minister Ana Ruiz met Tomas Berg in Oslo on Tuesday to discuss a ceasefire, officials said.</p>"
            + "</article></body></html>";

    @TempDir
    Path dir;

    @Test
    void eachBadFileIsOneLineWithItsPathAndReasonAndOnlyTheGoodArticlesReachTheStore() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(batch.resolve("good-1.txt"), PLAIN);
        Files.writeString(batch.resolve("good-2.html"), HTML);
        // Readable though ill-formed: unclosed tags, a table inside a table.
        Files.writeString(batch.resolve("malformed.html"), "<html><body><table><tr><td><table><tr><td><p>Envoys of the two states "
                + "met in Riga on Monday to discuss the border, officials said.<td>more<div>unclosed <b>bold");
        Map<String, String> encodings = Map.of("windows-1252.txt", "windows-1252", "utf-16le-bom.txt", "UTF-16LE+BOM",
                "utf-16be-bom.txt", "UTF-16BE+BOM", "utf-16le.txt", "UTF-16LE", "utf-16be.txt", "UTF-16BE");
        encodings.forEach((name, cs) -> write(batch.resolve(name), encoded(cafeArticle(name), cs)));

        Map<Path, String> bad = new LinkedHashMap<>();
        bad.put(write(batch.resolve("empty.txt"), new byte[0]), "empty file");
        bad.put(write(batch.resolve("blank.txt"), " \n\t\n  \r\n".getBytes(StandardCharsets.US_ASCII)), "no text (whitespace only)");
        bad.put(write(batch.resolve("photo.txt"), bytes(0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13)), "binary file (a PNG image), not text");
        bad.put(write(batch.resolve("saved.html"), bytes(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3)), "binary file (gzip-compressed data), not text");
        bad.put(write(batch.resolve("Main.txt"), bytes(0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 61)), "binary file (a Java class file), not text");
        bad.put(write(batch.resolve("broken-bom.txt"), bytes(0xff, 0xfe, 'O', 0, 'k', 0, 0x00, 0xd8, 'x', 0)),
                "declares UTF-16LE by its byte-order mark but is not valid UTF-16LE");
        bad.put(fiftyMegabytes(batch.resolve("huge.txt")), "too large (50 MB > limit 4 MB; use --max-bytes)");
        bad.put(Files.writeString(batch.resolve("furniture.html"), "<html><head><script>var a = 1;</script></head><body><nav><ul>"
                + "<li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav><script>track();</script></body></html>"),
                "no article text found (only page furniture or headlines)");
        Files.writeString(batch.resolve("lines.jsonl"), String.join("\n",
                "{\"title\":\"Tallinn\",\"date\":\"2025-01-01\",\"text\":\"Envoys of the two states met in Tallinn on Monday, officials said.\"}",
                "{\"title\": \"Broken\", ",
                "{\"title\":\"Vilnius\",\"date\":\"2025-01-02\",\"text\":\"Envoys of the two states met in Vilnius on Tuesday, officials said.\"}",
                "{\"title\":\"No body\",\"date\":\"2025-01-03\"}"));
        bad.put(Path.of(batch + "/lines.jsonl:2"), "malformed JSON at column 21: Unexpected end-of-input within/between Object entries");
        bad.put(Path.of(batch + "/lines.jsonl:4"), "missing field \"text\" (or \"html\")");
        Path loop = Files.createDirectories(batch.resolve("loop"));
        bad.put(Files.createSymbolicLink(loop.resolve("self"), loop), "symbolic link loop, skipped");
        // Given on the command line beside the batch folder.
        bad.put(dir.resolve("missing.txt"), "no such file or directory");
        Path nothing = Files.createDirectories(dir.resolve("nothing"));
        Files.writeString(nothing.resolve("notes.md"), "# notes");
        bad.put(nothing, "directory holds no .txt, .html, .htm, .jsonl, .warc or .warc.gz files");
        bad.put(write(dir.resolve("Main.class"), bytes(0xca, 0xfe, 0xba, 0xbe)), "unsupported file type (expected .txt, .html, .htm, .jsonl, .warc or .warc.gz)");

        String db = dir.resolve("db").toString();
        CliRun run = CliRun.of("ingest", "--db", db, batch.toString(), dir.resolve("missing.txt").toString(), nothing.toString(),
                dir.resolve("Main.class").toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        bad.forEach((path, reason) -> assertTrue(lines.contains("rejected  " + path + ": " + reason), "expected '" + path + ": " + reason + "' in\n" + run.err()));
        assertEquals(bad.size(), lines.size(), "one line per bad input, nothing else:\n" + run.err());
        assertTrue(run.out().contains("10 article(s) stored (10 added, 0 replaced, 0 unchanged), " + bad.size() + " rejected"), run.out());

        Map<String, String> stored = sourcesAndTitles(Path.of(db));
        Set<String> good = Set.of("good-1.txt", "good-2.html", "malformed.html", "lines.jsonl:1", "lines.jsonl:3");
        assertEquals(union(good, encodings.keySet()), stored.keySet(), "the good articles, and nothing of a rejected input");
        encodings.keySet().forEach(name -> assertEquals("Café talks in " + city(name), stored.get(name), "decoded " + name));
        assertValid(db);
    }

    @Test
    void aLargerLimitLetsALargeArticleIn() throws IOException {
        Path article = Files.writeString(dir.resolve("long.txt"), PLAIN + "Officials said the talks would go on. ".repeat(200));
        String db = dir.resolve("db").toString();
        CliRun refused = CliRun.of("ingest", "--db", db, "--max-bytes", "2K", article.toString());
        assertEquals(1, refused.exitCode());
        assertEquals("rejected  " + article + ": too large (7.6 KB > limit 2 KB; use --max-bytes)", refused.err().strip());
        CliRun admitted = CliRun.of("ingest", "--db", db, "--max-bytes", "1M", article.toString());
        assertEquals(0, admitted.exitCode(), admitted.err());
        assertEquals(2, CliRun.of("ingest", "--db", db, "--max-bytes", "lots", article.toString()).exitCode());
    }

    @Test
    void extractionJsonErrorsNameTheLineAndTheFieldAndTheGoodLinesGoIn() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode good = (ObjectNode) json.readTree(ExtractionJson.toLine(TestExtractions.meeting("https://example.org/one", "One")));
        ObjectNode unknown = line(good, "https://example.org/two");
        unknown.put("confidence", 0.9);
        ((ObjectNode) unknown.withArray("actors").get(0)).put("colour", "red");
        ObjectNode missing = line(good, "https://example.org/three");
        ((ObjectNode) missing.get("article")).remove("title");
        ObjectNode wrongType = line(good, "https://example.org/four");
        ((ObjectNode) wrongType.withArray("events").get(1)).put("killed", "ten");
        ObjectNode notAList = line(good, "https://example.org/five");
        ((ObjectNode) notAList.withArray("actors").get(0)).put("aliases", "Ruiz");
        ObjectNode last = line(good, "https://example.org/six");
        Path file = Files.writeString(dir.resolve("x.jsonl"), String.join("\n", good.toString(), unknown.toString(), missing.toString(),
                wrongType.toString(), notAList.toString(), "", last.toString(), "{\"article\": ") + "\n");

        String db = dir.resolve("db").toString();
        CliRun run = CliRun.of("ingest", "--db", db, "--extractions", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "note      " + file + ":2: unknown field(s) ignored: \"confidence\", \"actors[0].colour\" (each is named once)",
                "rejected  " + file + ":3: field \"article.title\": missing",
                "rejected  " + file + ":4: field \"events[1].killed\": expected an integer, got \"ten\"",
                "rejected  " + file + ":5: field \"actors[0].aliases\": expected an array",
                "rejected  " + file + ":8: malformed JSON at column 13: Unexpected end-of-input within/between Object entries"),
                run.err().lines().toList());
        assertTrue(run.out().contains("3 article(s) stored (3 added, 0 replaced, 0 unchanged), 4 rejected"), run.out());
        assertEquals(Set.of("One", "Two", "Six"), Set.copyOf(sourcesAndTitlesByUrl(Path.of(db)).values()));
        assertValid(db);
    }

    private static ObjectNode line(ObjectNode template, String url) {
        ObjectNode copy = template.deepCopy();
        String name = url.substring(url.lastIndexOf('/') + 1);
        ((ObjectNode) copy.get("article")).put("url", url).put("id", name).put("title", Character.toUpperCase(name.charAt(0)) + name.substring(1));
        return copy;
    }

    private static void assertValid(String db) {
        CliRun valid = CliRun.of("validate", "--db", db);
        assertEquals(0, valid.exitCode(), valid.out());
        assertTrue(valid.out().startsWith("conforms"), valid.out());
    }

    /** Each article graph's source file and title; also checks there is one graph per article. */
    private static Map<String, String> sourcesAndTitles(Path db) {
        return read(db, NKG.sourceFile.asNode());
    }

    private static Map<String, String> sourcesAndTitlesByUrl(Path db) {
        return read(db, DCTerms.source.asNode());
    }

    private static Map<String, String> read(Path db, Node key) {
        try (NewsStore s = NewsStore.openExisting(db)) {
            return Txn.calculateRead(s.dataset(), () -> {
                DatasetGraph dsg = s.dataset().asDatasetGraph();
                Map<String, String> out = new HashMap<>();
                int graphs = 0;
                for (var it = dsg.listGraphNodes(); it.hasNext(); graphs++) {
                    Node g = it.next();
                    if (StatisticsKeeper.isStatisticsGraph(g)) {
                        graphs--; // derived from the articles, not one of them
                        continue;
                    }
                    Node v = dsg.find(g, g, key, Node.ANY).next().getObject();
                    String k = v.isURI() ? v.getURI() : v.getLiteralLexicalForm();
                    out.put(k, dsg.find(g, g, DCTerms.title.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
                }
                assertEquals(graphs, out.size(), "one graph per article: " + out);
                return out;
            });
        }
    }

    private static String city(String fileName) {
        return switch (fileName) {
            case "windows-1252.txt" -> "Lisbon";
            case "utf-16le-bom.txt" -> "Porto";
            case "utf-16be-bom.txt" -> "Braga";
            case "utf-16le.txt" -> "Faro";
            default -> "Evora";
        };
    }

    /** An article with accents and curly quotes, told apart by its city so each file is its own article. */
    private static String cafeArticle(String fileName) {
        String city = city(fileName);
        return "title: Café talks in " + city + "\ndate: 2025-03-11\n\nMinisters met at a café in " + city
                + " on Tuesday \u2013 \u201ca good start\u201d, officials said.\n";
    }

    private static byte[] encoded(String text, String charset) {
        boolean bom = charset.endsWith("+BOM");
        Charset cs = Charset.forName(charset.replace("+BOM", ""));
        byte[] body = text.getBytes(cs);
        if (!bom) return body;
        byte[] mark = cs.equals(StandardCharsets.UTF_16LE) ? bytes(0xff, 0xfe) : bytes(0xfe, 0xff);
        byte[] out = Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }

    /** 50 MB of prose, written a megabyte at a time into the test's temporary folder. */
    private static Path fiftyMegabytes(Path file) throws IOException {
        byte[] mb = "Officials said the talks would resume next week. ".repeat(21400).substring(0, 1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 50; i++) out.write(mb);
        }
        return file;
    }

    private static Path write(Path file, byte[] content) {
        try {
            return Files.write(file, content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
