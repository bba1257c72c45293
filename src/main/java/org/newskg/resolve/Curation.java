package org.newskg.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.NewskgException;
import org.newskg.id.Keys;

/**
 * Analysts' corrections to resolution, kept in a tab-separated file (default {@code data/curation.tsv}):
 * {@code same <TAB> IRI <TAB> IRI-or-name} says the second is the first; {@code different <TAB> IRI
 * <TAB> name} says that name is someone else. Resolution obeys them on every ingest.
 */
public final class Curation {
    /** Where analysts' corrections live unless told otherwise. */
    public static final Path DEFAULT = Path.of("data", "curation.tsv");

    /** What a correction says, written in the file as its {@link #word}. */
    public enum Verb {
        /** The second IRI or name is the first IRI. */
        SAME,
        /** The name is not the entity with the IRI. */
        DIFFERENT;

        /** The verb as the file writes it. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The verb a word in the file names, or null for one it does not. */
        static Verb ofWord(String word) {
            for (Verb v : values()) {
                if (v.word().equals(word)) return v;
            }
            return null;
        }
    }

    private final Path file;
    private final Map<String, String> same = new HashMap<>();
    private final Set<String> different = new HashSet<>();

    private Curation(Path file) {
        this.file = file;
    }

    /** The corrections in {@code file}; none when it does not exist. */
    public static Curation load(Path file) {
        Curation c = new Curation(file);
        if (file == null || !Files.exists(file)) return c;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                Verb verb = f.length == 3 ? Verb.ofWord(f[0]) : null;
                if (verb == null) {
                    throw new NewskgException(file + ":" + (i + 1) + ": expected 'same|different <TAB> IRI <TAB> IRI-or-name'");
                }
                c.apply(verb, f[1].strip(), f[2].strip());
            }
        } catch (IOException e) {
            throw new NewskgException("cannot read curation file " + file + ": " + e.getMessage(), e);
        }
        return c;
    }

    private void apply(Verb verb, String iri, String other) {
        if (verb == Verb.SAME) {
            same.put(key(other), iri);
            different.remove(iri + "\t" + key(other));
        } else {
            different.add(iri + "\t" + key(other));
            same.remove(key(other));
        }
    }

    /** Records a correction in the file and applies it here. */
    public void record(Verb verb, String iri, String other) {
        apply(verb, iri, other);
        if (file == null) return;
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            boolean fresh = !Files.exists(file);
            String header = fresh ? "# newskg curation: same|different <TAB> IRI <TAB> IRI-or-name\n" : "";
            Files.writeString(file, header + verb.word() + "\t" + iri + "\t" + other + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new NewskgException("cannot write curation file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The IRI analysts said this IRI or name is, or null. */
    public String sameAs(String iriOrName) {
        String target = same.get(key(iriOrName));
        // Follow chains of merges, guarding against a cycle in a hand-edited file.
        for (int i = 0; i < 10 && target != null && same.containsKey(key(target)); i++) target = same.get(key(target));
        return target;
    }

    /** Whether analysts said the name is not the entity with this IRI. */
    public boolean isDifferent(String iri, String name) {
        return different.contains(iri + "\t" + key(name));
    }

    /**
     * A digest of the corrections in force, in a canonical order (empty when there are none): a part of
     * every article's source hash, so that a changed correction is applied on the next ingest.
     */
    public String digest() {
        List<String> lines = describe();
        if (lines.isEmpty()) return "";
        Collections.sort(lines);
        return Keys.sha256(String.join("\n", lines));
    }

    public List<String> describe() {
        List<String> out = new ArrayList<>();
        same.forEach((k, v) -> out.add("same " + v + " " + k));
        out.addAll(different);
        return out;
    }

    private static String key(String iriOrName) {
        return iriOrName.contains("://") ? iriOrName : NameKeys.name(iriOrName);
    }
}
