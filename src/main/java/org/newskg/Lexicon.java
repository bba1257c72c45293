package org.newskg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists and small tables of {@code data/lexicon/}, packed in the jar and loaded once each.
 * A list has one entry a line; a table has tab-separated columns; {@code #} starts a comment line.
 */
public final class Lexicon {
    private static final String BASE = "/newskg/lexicon/";
    private static final Lexicon DEFAULT = new Lexicon();

    private final Map<String, List<String[]>> tables = new ConcurrentHashMap<>();

    private Lexicon() {}

    public static Lexicon get() {
        return DEFAULT;
    }

    /** The entries of a one-column list, as written. */
    public Set<String> words(String file) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] row : rows(file)) out.add(row[0]);
        return out;
    }

    /** The rows of a table (or list), each split at tabs. */
    public List<String[]> rows(String file) {
        return tables.computeIfAbsent(file, Lexicon::load);
    }

    private static List<String[]> load(String file) {
        InputStream in = Lexicon.class.getResourceAsStream(BASE + file);
        if (in == null) throw new IllegalStateException("missing lexicon file " + BASE + file);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
