package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}, as Common Crawl's CC-NEWS publishes them) with
 * jwarc: each HTML response with status 200 becomes an article with its target URI and fetch date;
 * every other record is skipped and counted. A corrupt or truncated record is reported with its offset,
 * and reading goes on from the next record that can be found (the next gzip member, or the next
 * {@code WARC/} header line), so one bad record costs only itself.
 */
public final class WarcArticles {
    /** What reading a file came to: articles read, records skipped by kind, records that could not be read. */
    public record Counts(int read, Map<String, Integer> skipped, int broken) {
        /** One line for a person: "3 HTML responses read; 4 records skipped (2 request, 1 warcinfo, 1 response not HTML)". */
        public String describe() {
            int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder kinds = new StringBuilder();
            skipped.forEach((k, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(n).append(' ').append(k));
            return read + " HTML response(s) read; " + total + " record(s) skipped" + (total == 0 ? "" : " (" + kinds + ")")
                    + (broken == 0 ? "" : "; " + broken + " record(s) unreadable");
        }
    }

    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_LINE = "WARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private WarcArticles() {}

    /** True for the file names read as web archives. */
    public static boolean isWarc(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /** Reads every record of {@code file}, handing each article or refusal to {@code out} as it is read. */
    public static Counts read(Path file, ArticleReader reader, Consumer<ReadResult> out) {
        Map<String, Integer> skipped = new TreeMap<>();
        int read = 0;
        int broken = 0;
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try (WarcReader warc = new WarcReader(file)) {
            warc.setLenient(true);
            byte[] marker = gzip ? GZIP_MAGIC : WARC_LINE;
            long lastStart = -1;
            while (true) {
                long failed = -1;
                Exception problem = null;
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException e) {
                    // The record after the last one read could not be: it starts at the next marker.
                    failed = find(file, lastStart + 1, marker);
                    problem = e;
                    next = null;
                }
                if (next != null) {
                    if (next.isEmpty()) break;
                    lastStart = next.get().position();
                    try {
                        String skip = article(next.get(), file, reader, out);
                        if (skip == null) {
                            read++;
                        } else {
                            skipped.merge(skip, 1, Integer::sum);
                        }
                        continue;
                    } catch (IOException | RuntimeException e) {
                        failed = lastStart;
                        problem = e;
                    }
                }
                broken++;
                out.accept(new ReadResult.Rejected(new IngestException(file + " record at offset " + Math.max(failed, 0),
                        "unreadable (" + reason(problem) + "), skipped")));
                long resume = failed < 0 ? -1 : find(file, failed + 1, marker);
                if (resume < 0) break;
                warc.position(resume);
                lastStart = resume - 1;
            }
        } catch (IOException e) {
            out.accept(new ReadResult.Rejected(new IngestException(file.toString(), "cannot read: " + ArticleReader.describe(e))));
            broken++;
        }
        return new Counts(read, skipped, broken);
    }

    /** Hands one record's article (or refusal) to {@code out} and returns null; or returns why the record is skipped. */
    private static String article(WarcRecord record, Path file, ArticleReader reader, Consumer<ReadResult> out) throws IOException {
        if (!(record instanceof WarcResponse response)) return record.type();
        if (!response.contentType().base().equals(MediaType.HTTP)) return "response not HTTP";
        HttpResponse http = response.http();
        if (http.status() != 200) return "response HTTP " + http.status();
        String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
        if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) return "response not HTML";
        String location = file + "@" + record.position();
        byte[] bytes;
        try (InputStream in = http.bodyDecoded().stream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, reader.maxBytes() + 1));
        }
        if (bytes.length > reader.maxBytes()) {
            out.accept(new ReadResult.Rejected(new IngestException(location, ArticleReader.tooLarge(bytes.length, reader.maxBytes()))));
            return null;
        }
        LocalDate fetched = LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
        out.accept(reader.readFetched(bytes, type, location, response.target(), null, fetched, Article.DateSource.FETCHED,
                file.getFileName() + "@" + record.position()));
        return null;
    }

    /** The offset of the first {@code marker} at or after {@code from}, or -1. */
    private static long find(Path file, long from, byte[] marker) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            ch.position(from);
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            long base = from;
            byte[] carry = new byte[0];
            while (true) {
                buf.clear();
                int n = ch.read(buf);
                if (n < 0) return -1;
                byte[] chunk = new byte[carry.length + n];
                System.arraycopy(carry, 0, chunk, 0, carry.length);
                System.arraycopy(buf.array(), 0, chunk, carry.length, n);
                for (int i = 0; i + marker.length <= chunk.length; i++) {
                    if (matches(chunk, i, marker) && (marker != WARC_LINE || i == 0 && base == from || i > 0 && chunk[i - 1] == '\n')) {
                        return base - carry.length + i;
                    }
                }
                int keep = Math.min(marker.length, chunk.length);
                carry = java.util.Arrays.copyOfRange(chunk, chunk.length - keep, chunk.length);
                base += n;
            }
        }
    }

    private static boolean matches(byte[] bytes, int at, byte[] marker) {
        for (int j = 0; j < marker.length; j++) {
            if (bytes[at + j] != marker[j]) return false;
        }
        return true;
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
