package org.newskg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.newskg.NewskgException;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionJson;

/**
 * One hand-annotated article of {@code data/gold/}: the extraction JSON of the article, plus the
 * article's file, its split ("dev", "heldout" or "test"), a key per actor and event shared across
 * articles, and every toll figure the article gives per attack ({@code tolls}: killed and injured,
 * each with its source). A gold file of an article we may not copy (the corpus) holds no text: its
 * offsets index the article file as it is, which is read in.
 */
public record GoldArticle(Path file, String split, Extraction gold, Map<String, String> keys,
                          Map<String, Set<Integer>> killedFigures, Map<String, Set<Integer>> injuredFigures) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The gold articles of {@code dir}, in file-name order; article paths are resolved against {@code root}. */
    public static List<GoldArticle> loadAll(Path dir, Path root) {
        if (!Files.isDirectory(dir)) throw new NewskgException("no gold folder at " + dir);
        List<GoldArticle> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) out.add(load(f, root));
        } catch (IOException e) {
            throw new NewskgException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    static GoldArticle load(Path f, Path root) throws IOException {
        String text = Files.readString(f);
        JsonNode node = JSON.readTree(text);
        if (node == null || !node.has("file")) throw new NewskgException(f + ": a gold file needs a \"file\" field");
        Path article = root.resolve(node.get("file").asText());
        if (node.path("article").path("text").isMissingNode()) text = withArticleText(node, article, f);
        Map<String, String> keys = new HashMap<>();
        for (String list : new String[] {"actors", "events"}) {
            for (JsonNode item : node.path(list)) {
                if (item.hasNonNull("key")) keys.put(item.get("id").asText(), item.get("key").asText());
            }
        }
        Map<String, Set<Integer>> killed = new HashMap<>();
        Map<String, Set<Integer>> injured = new HashMap<>();
        for (JsonNode e : node.path("events")) {
            String id = e.path("id").asText();
            figure(killed, id, e.get("killed"));
            figure(injured, id, e.get("injured"));
            for (JsonNode t : e.path("tolls")) {
                figure(killed, id, t.get("killed"));
                figure(injured, id, t.get("injured"));
            }
        }
        // The gold's tolls (sources as written, several spans each) are read above, not as extraction tolls.
        boolean stripped = false;
        for (JsonNode e : node.path("events")) stripped |= e instanceof ObjectNode o && o.remove("tolls") != null;
        if (stripped) text = node.toString();
        return new GoldArticle(article, node.path("split").asText("dev"), ExtractionJson.read(text, f.toString()), keys, killed, injured);
    }

    private static void figure(Map<String, Set<Integer>> figures, String event, JsonNode n) {
        if (n != null && n.isInt()) figures.computeIfAbsent(event, k -> new TreeSet<>()).add(n.asInt());
    }

    /** The gold JSON with the article file's whole text put in (its offsets index that text), and a title when it has none. */
    private static String withArticleText(JsonNode node, Path article, Path gold) {
        ObjectNode a = (ObjectNode) node.path("article");
        if (!Files.isRegularFile(article)) throw new NewskgException(gold + ": its article " + article + " is absent (see --root)");
        try {
            a.put("text", Files.readString(article));
        } catch (IOException e) {
            throw new NewskgException("cannot read " + article + ": " + e.getMessage(), e);
        }
        if (!a.hasNonNull("title")) a.put("title", article.getFileName().toString());
        return node.toString();
    }
}
