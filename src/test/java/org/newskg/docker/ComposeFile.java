package org.newskg.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few keys of docker/docker-compose.yml that the tests compare with the Dockerfile, read line by line
 * (the file is small and flat; the project has no YAML library and needs none for this): each key's
 * scalar value, or the items of its list, by key name under the one service. A key that appears twice
 * (the top-level {@code volumes:} and the service's) keeps its first, the service's, since the service
 * comes first in the file.
 */
record ComposeFile(Map<String, String> scalars, Map<String, List<String>> lists, String text) {
    static final Path PATH = Path.of("docker/docker-compose.yml");

    static ComposeFile read() {
        String text;
        try {
            text = Files.readString(PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> scalars = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        String listKey = null;
        for (String line : text.lines().toList()) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            if (s.startsWith("- ") && listKey != null) {
                lists.get(listKey).add(unquote(s.substring(2).strip()));
                continue;
            }
            int colon = s.indexOf(':');
            if (colon < 0) continue;
            String key = s.substring(0, colon);
            String value = s.substring(colon + 1).strip();
            listKey = null;
            if (value.isEmpty()) {
                if (!lists.containsKey(key)) {
                    lists.put(key, new ArrayList<>());
                    listKey = key;
                }
            } else {
                scalars.putIfAbsent(key, unquote(value));
            }
        }
        return new ComposeFile(scalars, lists, text);
    }

    private static String unquote(String v) {
        return v.length() > 1 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
