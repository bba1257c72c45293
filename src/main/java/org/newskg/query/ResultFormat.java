package org.newskg.query;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;

/** How a template's rows are written: a text table for people, or SPARQL JSON results, CSV, TSV. */
public enum ResultFormat {
    TABLE("text/plain"), JSON("application/sparql-results+json"), CSV("text/csv"), TSV("text/tab-separated-values");

    private final String mediaType;

    ResultFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public void write(ResultSetRewindable rows, OutputStream out) {
        write(rows, out, iri -> null);
    }

    /** As {@link #write(ResultSetRewindable, OutputStream)}; a table names our IRIs by {@code labels} where it knows them. */
    public void write(ResultSetRewindable rows, OutputStream out, java.util.function.Function<String, String> labels) {
        rows.reset();
        switch (this) {
            case TABLE -> new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8).print(TextTable.render(rows, terminalWidth(), labels));
            case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rows);
        }
    }

    /** "json", "csv", "tsv", "table" (or a file suffix); null for anything else. */
    public static ResultFormat byName(String s) {
        if (s == null) return null;
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The terminal's width as the shell exports it ({@code COLUMNS}), else 120. */
    public static int terminalWidth() {
        try {
            return Math.max(40, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "120").strip()));
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    /** The format an Accept header asks for, JSON when it names none of ours. */
    public static ResultFormat byAccept(String accept) {
        if (accept != null) {
            for (String part : accept.split(",")) {
                String type = part.split(";")[0].strip();
                for (ResultFormat f : values()) if (f != TABLE && f.mediaType.equals(type)) return f;
                if (type.equals("application/json")) return JSON;
            }
        }
        return JSON;
    }
}
