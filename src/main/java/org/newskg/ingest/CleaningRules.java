package org.newskg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line patterns of {@code lexicon/cleaning.tsv}, loaded once. */
public final class CleaningRules {
    /** Kinds of pattern in the data file. */
    public enum Kind {
        HEADER_DATE("header.date"), HEADER_TITLE("header.title"), HEADER_URL("header.url"),
        CAPTION("caption"), GARBAGE("garbage"), LABEL("label"), FULLDATE("fulldate");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private static final String RESOURCE = "/newskg/lexicon/cleaning.tsv";

    private final Map<Kind, List<Pattern>> patterns;
    /**
     * Each kind's patterns as one alternation, each in its own group (so that inline flags stay
     * within it): {@link #matches} runs on every line of every page, and one matcher a kind costs a
     * fraction of one a pattern.
     */
    private final Map<Kind, Pattern> combined = new EnumMap<>(Kind.class);

    CleaningRules(Map<Kind, List<Pattern>> patterns) {
        this.patterns = patterns;
        patterns.forEach((kind, list) -> {
            // Kinds read through named groups (fulldate) cannot join: a group name is defined once a pattern.
            if (list.isEmpty() || list.stream().anyMatch(p -> p.pattern().contains("(?<") && p.pattern().matches(".*\\(\\?<[a-zA-Z].*"))) return;
            String alternation = String.join("|", list.stream().map(p -> "(?:" + p.pattern() + ")").toList());
            combined.put(kind, Pattern.compile(alternation, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        });
    }

    /** The rules shipped in the jar. */
    public static CleaningRules defaults() {
        return Holder.DEFAULTS;
    }

    /** Loaded on first use, once: the JVM guarantees it. */
    private static final class Holder {
        static final CleaningRules DEFAULTS = load(CleaningRules.class.getResourceAsStream(RESOURCE), RESOURCE);
    }

    static CleaningRules load(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        Map<Kind, List<Pattern>> map = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) map.put(k, new ArrayList<>());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                Kind kind = tab < 0 ? null : kindOf(line.substring(0, tab));
                if (kind == null) {
                    throw new IllegalStateException(name + " line " + n + ": expected 'kind<TAB>regex'");
                }
                map.get(kind).add(Pattern.compile(line.substring(tab + 1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CleaningRules(map);
    }

    private static Kind kindOf(String key) {
        for (Kind k : Kind.values()) if (k.key.equals(key)) return k;
        return null;
    }

    /** True when any pattern of {@code kind} is found in {@code line}. */
    public boolean matches(Kind kind, String line) {
        Pattern p = combined.get(kind);
        return p != null ? p.matcher(line).find() : find(kind, line).isPresent();
    }

    /** The first match of a pattern of {@code kind} in {@code line}. */
    public Optional<Matcher> find(Kind kind, String line) {
        for (Pattern p : patterns.get(kind)) {
            Matcher m = p.matcher(line);
            if (m.find()) return Optional.of(m);
        }
        return Optional.empty();
    }
}
