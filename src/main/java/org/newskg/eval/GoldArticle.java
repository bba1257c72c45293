package org.newskg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newskg.NewskgException;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionJson;

/**
 * One hand-annotated article of {@code data/gold/}: the extraction JSON of the article, plus the
 * article's file, its split ("dev" or "heldout") and a key per actor and event shared across articles.
 */
public record GoldArticle(Path file, String split, Extraction gold, Map<String, String> keys) {
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
        Map<String, String> keys = new HashMap<>();
        for (String list : new String[] {"actors", "events"}) {
            for (JsonNode item : node.path(list)) {
                if (item.hasNonNull("key")) keys.put(item.get("id").asText(), item.get("key").asText());
            }
        }
        return new GoldArticle(root.resolve(node.get("file").asText()), node.path("split").asText("dev"),
                ExtractionJson.read(text, f.toString()), keys);
    }
}
