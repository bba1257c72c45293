package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Web archives as CC-NEWS publishes them, written here with jwarc: HTML responses become articles with
 * their target URI and fetch date; other records are skipped and counted; a broken record is reported
 * with its offset, and the records after it are still read.
 */
public class WarcArticlesTest {
    static final Instant FETCHED = Instant.parse("2025-03-09T14:30:00Z");

    @TempDir
    Path dir;

    @Test
    void htmlResponsesBecomeArticlesAndOtherRecordsAreCounted() throws IOException {
        Path warc = writeArchive(dir.resolve("news.warc.gz"), true);
        List<ReadResult> results = new ArrayList<>();
        WarcArticles.Counts counts = WarcArticles.read(warc, new ArticleReader(), results::add);

        List<Article> articles = results.stream().filter(r -> r instanceof ReadResult.Read).map(r -> ((ReadResult.Read) r).article()).toList();
        assertEquals(List.of("https://news.example/lima", "https://news.example/quito"), articles.stream().map(Article::url).toList());
        Article lima = articles.get(0);
        assertEquals(LocalDate.of(2025, 3, 9), lima.date(), "the fetch date stands in for a page without one");
        assertEquals(Article.DateSource.FETCHED, lima.dateSource());
        assertTrue(lima.text().contains("met the prime minister of Spain"), lima.text());
        assertEquals(LocalDate.of(2025, 3, 7), articles.get(1).date(), "a page's own date comes first");

        assertEquals(2, counts.read());
        assertEquals(Map.of("request", 1, "response HTTP 404", 1, "response not HTML", 1, "warcinfo", 1), counts.skipped());
        List<String> problems = results.stream().filter(r -> r instanceof ReadResult.Rejected).map(r -> ((ReadResult.Rejected) r).error().getMessage()).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(1, counts.broken());
        assertTrue(problems.get(0).matches(".*news\\.warc\\.gz record at offset \\d+: unreadable \\(.*\\), skipped"), problems.get(0));
    }

    @Test
    void aTruncatedLastRecordIsReportedAndTheRestKept() throws IOException {
        Path warc = dir.resolve("cut.warc.gz");
        byte[] whole = Files.readAllBytes(writeArchive(dir.resolve("whole.warc.gz"), false));
        byte[] last = gzipped(html("https://news.example/quito", QUITO));
        Files.write(warc, Arrays.copyOf(whole, whole.length - last.length / 2));
        List<ReadResult> results = new ArrayList<>();
        WarcArticles.Counts counts = WarcArticles.read(warc, new ArticleReader(), results::add);
        assertEquals(1, counts.read(), "the records before the cut are read");
        assertEquals(1, counts.broken());
    }

    @Test
    void anUncompressedArchiveIsReadToo() throws IOException {
        Path warc = dir.resolve("plain.warc");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            w.write(html("https://news.example/lima", LIMA));
        }
        List<ReadResult> results = new ArrayList<>();
        assertEquals(1, WarcArticles.read(warc, new ArticleReader(), results::add).read());
    }

    static final String LIMA = "<html><head><title>Leaders meet in Lima</title></head><body><p>The president of Peru met the prime "
            + "minister of Spain in Lima on Tuesday.</p><p>They discussed trade and fisheries.</p></body></html>";
    static final String QUITO = "<html><head><title>Talks in Quito</title><meta property=\"article:published_time\" content=\"2025-03-07\">"
            + "</head><body><p>The foreign ministers of Ecuador and Colombia met in Quito on Friday.</p></body></html>";

    /**
     * A CC-NEWS-like archive: warcinfo, request, an HTML response, a PDF, a 404, then (when {@code broken})
     * a gzip member cut short and damaged, and one more HTML response after it.
     */
    public static Path writeArchive(Path file, boolean broken) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().filename(file.getFileName().toString()).date(FETCHED)
                    .fields(Map.of("software", List.of("newskg test"))).build());
            w.write(new WarcRequest.Builder("https://news.example/lima").date(FETCHED)
                    .body(new HttpRequest.Builder("GET", "/lima").addHeader("Host", "news.example").build()).build());
            w.write(html("https://news.example/lima", LIMA));
            w.write(response("https://news.example/report.pdf", 200, "application/pdf", "%PDF-1.4 not a page"));
            w.write(response("https://news.example/gone", 404, "text/html", "<html><body><p>Not found.</p></body></html>"));
        }
        if (broken) {
            byte[] member = gzipped(html("https://news.example/broken", LIMA));
            byte[] damaged = Arrays.copyOf(member, member.length / 2);
            for (int i = 12; i < damaged.length; i += 7) damaged[i] ^= 0x55;
            bytes.write(damaged);
        }
        bytes.write(gzipped(html("https://news.example/quito", QUITO)));
        return Files.write(file, bytes.toByteArray());
    }

    private static byte[] gzipped(WarcRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            w.write(record);
        }
        return out.toByteArray();
    }

    static WarcResponse html(String url, String page) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", page);
    }

    private static WarcResponse response(String url, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).date(FETCHED).body(http).build();
    }
}
