package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tab-separated data file with a header row, read from the jar; rows are column-name maps. */
final class TsvResource {
    private TsvResource() {}

    /**
     * Each row after the header, split into its first {@code columns} columns (missing ones empty), in
     * one array reused from row to row: for files of 100,000 rows, where a map per row and a regex
     * split cost most of a second at start-up. Blank lines are skipped.
     */
    static void forEachRow(String resource, int columns, java.util.function.Consumer<String[]> row) {
        InputStream in = TsvResource.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        String[] c = new String[columns];
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) continue;
                java.util.Arrays.fill(c, "");
                for (int col = 0, from = 0; col < c.length && from <= line.length(); col++) {
                    int tab = line.indexOf('\t', from);
                    c[col] = line.substring(from, tab < 0 ? line.length() : tab);
                    if (tab < 0) break;
                    from = tab + 1;
                }
                row.accept(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> read(String resource) {
        InputStream in = TsvResource.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            while (header != null && header.startsWith("#")) header = r.readLine();
            if (header == null) return rows;
            String[] cols = header.split("\t", -1);
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length != cols.length) {
                    throw new IllegalStateException(resource + " line " + n + ": " + cells.length + " cells, header has " + cols.length);
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < cols.length; i++) row.put(cols[i], cells[i] == null ? "" : cells[i]);
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The {@code |}-separated values of a cell, none for an empty cell. */
    static List<String> values(String cell) {
        return cell == null || cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
    }
}
