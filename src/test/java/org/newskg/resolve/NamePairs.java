package org.newskg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The name pairs of {@code src/test/resources/names/}: two names a line, a header, # comments. */
record NamePairs(String first, String second) {
    static List<NamePairs> read(String file) {
        List<NamePairs> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NamePairs.class.getResourceAsStream("/names/" + file), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).forEach(l -> {
                String[] cells = l.split("\t");
                out.add(new NamePairs(cells[0], cells[1]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public String toString() {
        return first + "/" + second;
    }
}
