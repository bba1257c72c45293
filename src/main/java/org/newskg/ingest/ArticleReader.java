package org.newskg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newskg.id.ArticleUrls;
import org.newskg.id.Keys;

/**
 * Reads one input file into articles: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}
 * (one article a line: {@code {"url","title","date","text"|"html"}}), or a web archive
 * ({@code .warc}, {@code .warc.gz}; see {@link WarcArticles}). Never throws for bad input:
 * each problem comes back as a {@link ReadResult.Rejected} naming the file (and line) and the reason.
 */
public final class ArticleReader {
    /**
     * The largest article read unless told otherwise: a text or HTML file, or one JSON line. News
     * pages, scripts and all, stay below it; what exceeds it is a log, a dump or a mistake, and would
     * cost a minute of extraction and a heap a hundred times its size (8 MB of text: 48 s, 1 GB).
     */
    public static final long DEFAULT_MAX_BYTES = 4L << 20;
    /** Words in a title made from the lead sentence when the page has no headline. */
    private static final int DERIVED_TITLE_WORDS = 14;

    private final PageCleaner text = new PlainTextCleaner();
    private final HtmlCleaner html = new HtmlCleaner();
    private final long maxBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses articles larger than {@code maxBytes} (a file, or a line of JSON Lines). */
    public ArticleReader(long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("max bytes must be at least 1, got " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /** The reason given for an input over the limit, e.g. "too large (50 MB > limit 4 MB; use --max-bytes)". */
    public static String tooLarge(long size, long limit) {
        return "too large (" + human(size) + " > limit " + human(limit) + "; use --max-bytes)";
    }

    /** A size as people write it: 512 bytes, 2 KB, 50 MB, 1.5 GB (binary multiples). */
    static String human(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        int u = 0;
        double v = bytes;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        String n = String.format(Locale.ROOT, "%.1f", v);
        return (n.endsWith(".0") ? n.substring(0, n.length() - 2) : n) + " " + units[u];
    }

    /** True for JSON Lines, which hold many articles and are read line by line. */
    public static boolean isJsonLines(Path file) {
        return "jsonl".equals(formatOf(file));
    }

    /** The largest article this reader takes, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** True when the file's extension is one this reader takes. */
    public static boolean accepts(Path file) {
        return formatOf(file) != null;
    }

    public List<ReadResult> read(Path file) {
        String location = file.toString();
        String format = formatOf(file);
        if (format == null) {
            return List.of(rejected(location, "unsupported file type (expected .txt, .html, .htm, .jsonl, .warc or .warc.gz)"));
        }
        try {
            if (format.equals("jsonl")) {
                return readJsonLines(file);
            }
            if (format.equals("warc")) {
                List<ReadResult> out = new ArrayList<>();
                WarcArticles.read(file, this, out::add);
                return out;
            }
            // Checked before reading, so an oversized file costs nothing.
            long size = Files.size(file);
            if (size > maxBytes) {
                return List.of(rejected(location, tooLarge(size, maxBytes)));
            }
            byte[] bytes = readAtMost(file, maxBytes);
            if (bytes == null) return List.of(rejected(location, tooLarge(Math.max(size, maxBytes + 1), maxBytes)));
            String content = TextDecoder.decode(bytes, location);
            if (content.isBlank()) {
                return List.of(noText(file));
            }
            CleanedPage page = (format.equals("html") ? html : text).clean(content);
            LocalDate mtime = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
            return List.of(new ReadResult.Read(toArticle(page, file.getFileName().toString(), location, mtime)));
        } catch (IngestException e) {
            return List.of(new ReadResult.Rejected(e));
        } catch (IOException e) {
            return List.of(rejected(location, "cannot read: " + describe(e)));
        }
    }

    /**
     * The file's bytes, or null when it holds more than {@code limit}: the read itself is bounded, since
     * the size checked before it can be wrong (a file still being written, a named pipe, /proc).
     */
    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? null : bytes;
        }
    }

    /** A whole JSON Lines file, line by line: a line over the limit is rejected without being held. */
    private List<ReadResult> readJsonLines(Path file) {
        List<ReadResult> out = new ArrayList<>();
        if (!JsonLines.read(file, maxBytes, line -> out.add(readJsonLine(line)), e -> out.add(new ReadResult.Rejected(e)))) {
            out.add(noText(file));
        }
        return out;
    }

    /** One line of a JSON Lines file: an article, or a rejection naming the line. */
    public ReadResult readJsonLine(JsonLines.Line line) {
        if (line.refused() != null) return new ReadResult.Rejected(line.refused());
        try {
            return new ReadResult.Read(fromJson(line.text(), line.file().getFileName() + ":" + line.number(), line.location()));
        } catch (IngestException e) {
            return new ReadResult.Rejected(e);
        }
    }

    /**
     * An article from a page fetched from the web (a feed item's page, a web archive's response): the
     * page's own title, date and canonical URL first, then those given ({@code url} is where it was
     * fetched from). HTML and plain text are read; any other media type is refused.
     */
    public ReadResult readFetched(byte[] bytes, String mediaType, String location, String url, String title, LocalDate date) {
        return readFetched(bytes, mediaType, location, url, title, date, Article.DateSource.METADATA, null);
    }

    /**
     * The same, with where the given date comes from ({@code dateSource}: a feed's item date is metadata,
     * a web archive's fetch date is not) and the source name the article keeps (or null).
     */
    public ReadResult readFetched(byte[] bytes, String mediaType, String location, String url, String title, LocalDate date,
                                  Article.DateSource dateSource, String sourceName) {
        try {
            if (bytes.length > maxBytes) return rejected(location, tooLarge(bytes.length, maxBytes));
            boolean plain = "text/plain".equals(mediaType);
            if (mediaType != null && !plain && !mediaType.equals("text/html") && !mediaType.equals("application/xhtml+xml")) {
                return rejected(location, "not an article page (" + mediaType + ")");
            }
            String content = TextDecoder.decode(bytes, location);
            if (content.isBlank()) return rejected(location, "no text (whitespace only)");
            CleanedPage page = plain ? text.clean(content) : html.clean(content, url);
            String identity = page.url() != null ? page.url() : ArticleUrls.identity(url);
            boolean ownDate = page.date() != null;
            CleanedPage merged = new CleanedPage(page.title() != null ? page.title() : title, ownDate ? page.date() : date,
                    ownDate || date == null ? page.dateSource() : dateSource, identity, page.paragraphs());
            return new ReadResult.Read(toArticle(merged, sourceName, location, null));
        } catch (IngestException e) {
            return new ReadResult.Rejected(e);
        }
    }

    /** The rejection of a file that holds nothing but whitespace. */
    public static ReadResult noText(Path file) {
        return rejected(file.toString(), "no text (whitespace only)");
    }

    private Article fromJson(String line, String sourceName, String location) {
        JsonNode node;
        try {
            node = JsonSyntax.parse(line);
        } catch (JsonProcessingException e) {
            throw new IngestException(location, JsonSyntax.describe(e));
        }
        if (node == null || !node.isObject()) {
            throw new IngestException(location, "expected a JSON object");
        }
        String body = stringField(node, "text", location);
        String markup = stringField(node, "html", location);
        if (body == null && markup == null) {
            throw new IngestException(location, "missing field \"text\" (or \"html\")");
        }
        String url = stringField(node, "url", location);
        CleanedPage page = body != null ? text.clean(body) : html.clean(markup, url);
        String dateField = stringField(node, "date", location);
        LocalDate date = page.date();
        Article.DateSource source = page.dateSource();
        if (dateField != null) {
            date = Dates.iso(dateField);
            if (date == null) throw new IngestException(location, "field \"date\" is not an ISO date: " + dateField);
            source = Article.DateSource.METADATA;
        }
        String title = stringField(node, "title", location);
        // A url that is no article's (relative, a site root, mailto:) leaves the page's own, or none.
        String identity = ArticleUrls.identity(url);
        CleanedPage merged = new CleanedPage(title != null ? title : page.title(), date, source,
                identity != null ? identity : page.url(), page.paragraphs());
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
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) return "warc";
        return null;
    }

    private static ReadResult rejected(String location, String reason) {
        return new ReadResult.Rejected(new IngestException(location, reason));
    }

    /** An I/O failure as a short reason for users ("no such file", "permission denied"). */
    public static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return switch (kind) {
            case "NoSuchFile" -> "no such file";
            case "AccessDenied" -> "permission denied";
            default -> e.getMessage() == null ? kind : e.getMessage();
        };
    }
}
