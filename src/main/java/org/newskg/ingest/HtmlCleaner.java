package org.newskg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.newskg.id.ArticleUrls;

/**
 * Cleans an HTML page with Jsoup: metadata from {@code <meta>}, JSON-LD and {@code <time>}; the body
 * from the page's block-level lines, after menus, asides, footers, forms, scripts and figures are
 * dropped, scored by {@link BodySelector} with their link density.
 */
public final class HtmlCleaner implements PageCleaner {
    /** Elements that never hold an article's prose ({@code lexicon/html-furniture.txt}), as one selector. */
    private static final String FURNITURE = String.join(", ", org.newskg.Lexicon.get().words("html-furniture.txt"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BodySelector selector;

    public HtmlCleaner() {
        this(CleaningRules.defaults());
    }

    HtmlCleaner(CleaningRules rules) {
        this.selector = new BodySelector(rules);
    }

    @Override
    public CleanedPage clean(String raw) {
        return clean(raw, null);
    }

    /** Cleans a page whose own URL is known (from a JSON Lines record), the base of its relative links. */
    public CleanedPage clean(String raw, String pageUrl) {
        Document doc = Jsoup.parse(raw);
        String title = firstNonBlank(
                meta(doc, "meta[property=og:title]"),
                jsonLd(doc, "headline"),
                text(doc.selectFirst("h1")),
                doc.title());
        LocalDate date = null;
        for (String candidate : new String[] {
                meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"),
                meta(doc, "meta[name=date], meta[name=pubdate], meta[name=publish-date], meta[name=dc.date]"),
                jsonLd(doc, "datePublished"),
                attr(doc.selectFirst("time[datetime]"), "datetime")}) {
            date = Dates.iso(candidate);
            if (date != null) break;
        }
        String url = identity(doc, pageUrl);
        doc.select(FURNITURE).remove();
        List<String> lines = new ArrayList<>();
        List<Double> density = new ArrayList<>();
        collectLines(doc.body(), lines, density);
        double[] d = density.stream().mapToDouble(Double::doubleValue).toArray();
        BodySelector.Selection body = selector.select(lines, d);
        return new CleanedPage(title, date, null, url, body.paragraphs());
    }

    /**
     * The page's URL as an article's identity: the canonical link, else {@code og:url}; relative ones
     * resolved against the page's own absolute URL (given, or an absolute {@code og:url}).
     */
    private static String identity(Document doc, String pageUrl) {
        String og = meta(doc, "meta[property=og:url]");
        String base = ArticleUrls.absolute(pageUrl, null);
        if (base == null) base = ArticleUrls.absolute(og, null);
        String canonical = ArticleUrls.identity(attr(doc.selectFirst("link[rel=canonical]"), "href"), base);
        return canonical != null ? canonical : ArticleUrls.identity(og, base);
    }

    /** Splits the page into lines at block boundaries, noting how much of each line is link text. */
    private static void collectLines(Element root, List<String> lines, List<Double> density) {
        if (root == null) return;
        StringBuilder line = new StringBuilder();
        int[] linkChars = {0};
        Runnable flush = () -> {
            String t = line.toString().replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                lines.add(t);
                density.add(Math.min(1.0, linkChars[0] / (double) t.length()));
            }
            line.setLength(0);
            linkChars[0] = 0;
        };
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    String s = tn.text();
                    line.append(s);
                    if (insideLink(tn)) linkChars[0] += s.strip().length();
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    flush.run();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) flush.run();
            }
        });
        flush.run();
    }

    private static boolean insideLink(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.nameIs("a")) return true;
        }
        return false;
    }

    /** A top-level or {@code @graph} field of the page's JSON-LD, or null. */
    private static String jsonLd(Document doc, String field) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = JSON.readTree(script.data()).findValue(field);
                if (found != null && found.isTextual()) return found.asText();
            } catch (Exception e) {
                // A broken JSON-LD block is common on the web and costs only this hint.
            }
        }
        return null;
    }

    private static String meta(Document doc, String selector) {
        return attr(doc.selectFirst(selector), "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
