package org.newskg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one input file into articles: {@code .txt}, {@code .html}/{@code .htm}, or {@code .jsonl}
 * (one article a line: {@code {"url","title","date","text"|"html"}}). Never throws for bad input:
 * each problem comes back as a {@link ReadResult.Rejected} naming the file (and line) and the reason.
 */
public final class ArticleReader {
    /** Words in a title made from the lead sentence when the page has no headline. */
    private static final int DERIVED_TITLE_WORDS = 14;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageCleaner text = new PlainTextCleaner();
    private final PageCleaner html = new HtmlCleaner();

    /** True when the file's extension is one this reader takes. */
    public static boolean accepts(Path file) {
        return formatOf(file) != null;
    }

    public List<ReadResult> read(Path file) {
        String location = file.toString();
        String format = formatOf(file);
        if (format == null) {
            return List.of(rejected(location, "unsupported file type (expected .txt, .html, .htm or .jsonl)"));
        }
        try {
            String content = TextDecoder.decode(Files.readAllBytes(file), location);
            if (content.isBlank()) {
                return List.of(rejected(location, "no text (whitespace only)"));
            }
            if (format.equals("jsonl")) {
                return readJsonLines(content, file);
            }
            CleanedPage page = (format.equals("html") ? html : text).clean(content);
            LocalDate mtime = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
            return List.of(new ReadResult.Read(toArticle(page, file.getFileName().toString(), location, mtime)));
        } catch (IngestException e) {
            return List.of(new ReadResult.Rejected(e));
        } catch (IOException e) {
            return List.of(rejected(location, "cannot read: " + describe(e)));
        } catch (OutOfMemoryError e) {
            return List.of(rejected(location, "too large to read"));
        }
    }

    private List<ReadResult> readJsonLines(String content, Path file) {
        List<ReadResult> out = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String location = file + ":" + (i + 1);
            try {
                out.add(new ReadResult.Read(fromJson(lines[i], file.getFileName() + ":" + (i + 1), location)));
            } catch (IngestException e) {
                out.add(new ReadResult.Rejected(e));
            }
        }
        if (out.isEmpty()) out.add(rejected(file.toString(), "no JSON lines"));
        return out;
    }

    private Article fromJson(String line, String sourceName, String location) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IngestException(location, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IngestException(location, "expected a JSON object");
        }
        String body = stringField(node, "text", location);
        String markup = stringField(node, "html", location);
        if (body == null && markup == null) {
            throw new IngestException(location, "missing field \"text\" (or \"html\")");
        }
        CleanedPage page = (body != null ? text : html).clean(body != null ? body : markup);
        String dateField = stringField(node, "date", location);
        LocalDate date = page.date();
        Article.DateSource source = page.dateSource();
        if (dateField != null) {
            date = Dates.isoPrefix(dateField);
            if (date == null) throw new IngestException(location, "field \"date\" is not an ISO date: " + dateField);
            source = Article.DateSource.METADATA;
        }
        String title = stringField(node, "title", location);
        String url = stringField(node, "url", location);
        CleanedPage merged = new CleanedPage(title != null ? title : page.title(), date, source,
                url != null ? url : page.url(), page.paragraphs());
        return toArticle(merged, sourceName, location, null);
    }

    private static String stringField(JsonNode node, String name, String location) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new IngestException(location, "field \"" + name + "\" must be a string");
        return v.asText();
    }

    /** Completes a cleaned page into an article, or refuses it when no body was found. */
    static Article toArticle(CleanedPage page, String sourceName, String location, LocalDate fileDate) {
        if (page.paragraphs().isEmpty()) {
            throw new IngestException(location, "no article text found (only page furniture or headlines)");
        }
        String body = page.text();
        LocalDate date = page.date();
        Article.DateSource source = page.dateSource();
        if (date == null && fileDate != null) {
            date = fileDate;
            source = Article.DateSource.FILE_MODIFIED;
        }
        String title = page.title() != null ? page.title() : titleFromLead(page.paragraphs().get(0));
        return new Article(Keys.articleKey(page.url(), body), page.url(), title, date, source, body, sourceName);
    }

    /** A headline stand-in: the lead sentence's first words. */
    static String titleFromLead(String lead) {
        String[] words = lead.split("\\s+");
        if (words.length <= DERIVED_TITLE_WORDS) return lead;
        return String.join(" ", java.util.Arrays.copyOf(words, DERIVED_TITLE_WORDS)) + "…";
    }

    private static String formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) return "text";
        if (name.endsWith(".html") || name.endsWith(".htm")) return "html";
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "jsonl";
        return null;
    }

    private static ReadResult rejected(String location, String reason) {
        return new ReadResult.Rejected(new IngestException(location, reason));
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return switch (kind) {
            case "NoSuchFile" -> "no such file";
            case "AccessDenied" -> "permission denied";
            default -> e.getMessage() == null ? kind : e.getMessage();
        };
    }
}
