package org.newskg.query;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newskg.NewskgException;

/** The saved query templates: the {@code queries/} folder packed in the jar, or a folder given by the user. */
public final class TemplateLibrary {
    private static final String RESOURCE = "/newskg/queries/";
    private final Map<String, QueryTemplate> templates;

    private TemplateLibrary(Map<String, QueryTemplate> templates) {
        this.templates = Collections.unmodifiableMap(templates);
    }

    /** The templates of {@code dir}, or the bundled ones when {@code dir} is null. */
    public static TemplateLibrary load(Path dir) {
        return load(dir, true);
    }

    /**
     * The templates of {@code dir} (the bundled ones when null); for a store without newskg's search index,
     * those of its {@code portable/} folder take the place of their namesakes, which call jena-text.
     */
    public static TemplateLibrary load(Path dir, boolean searchIndex) {
        if (dir != null) {
            if (!Files.isDirectory(dir)) throw new NewskgException("no query folder at " + dir);
            return new TemplateLibrary(readAll(dir, searchIndex));
        }
        URL url = TemplateLibrary.class.getResource(RESOURCE);
        if (url == null) throw new IllegalStateException("no bundled query templates (" + RESOURCE + ")");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                // The jar may already be open as a file system (Fuseki's console serves from it): share it, never close it.
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (java.nio.file.FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return new TemplateLibrary(readAll(fs.getPath(RESOURCE), searchIndex));
            }
            return new TemplateLibrary(readAll(Path.of(uri), searchIndex));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read bundled query templates: " + e.getMessage(), e);
        }
    }

    private static Map<String, QueryTemplate> readAll(Path dir, boolean searchIndex) {
        Map<String, QueryTemplate> out = readFolder(dir);
        Path portable = dir.resolve("portable");
        if (!searchIndex && Files.isDirectory(portable)) out.putAll(readFolder(portable));
        return out;
    }

    private static Map<String, QueryTemplate> readFolder(Path dir) {
        Map<String, QueryTemplate> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                out.put(name, QueryTemplate.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new NewskgException("cannot read query templates in " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    public List<QueryTemplate> all() {
        return new ArrayList<>(templates.values());
    }

    /** The template called {@code name}. */
    public QueryTemplate get(String name) {
        QueryTemplate t = templates.get(name);
        if (t == null) throw new TemplateException.NotFound(name);
        return t;
    }
}
