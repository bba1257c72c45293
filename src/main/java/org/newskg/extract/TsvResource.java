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
