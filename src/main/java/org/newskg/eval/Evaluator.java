package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.NewskgException;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Event;
import org.newskg.extract.Extractor;
import org.newskg.pipeline.ArticleReport;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.MappedArticle;
import org.newskg.pipeline.Pipeline;
import org.newskg.resolve.Resolution;
import org.newskg.store.NewsStore;

/**
 * Runs the gold articles through extraction, resolution and a real store, as ingest does, and
 * scores: precision, recall and F1 per class and split; role and affiliation accuracy of the people
 * found; fusion accuracy (of the events the gold says several articles report, how many came out
 * as one node).
 */
public final class Evaluator {
    /** The scores of one evaluation. */
    public record Report(Map<String, Score> bySplit, Map<String, AttributeScore> attributes, int fused, int multiSource,
                         List<String> unfused, List<String> errors) {}

    private final Extractor extractor;
    private final String errorKind;

    public Evaluator(Extractor extractor) {
        this(extractor, null);
    }

    /** An evaluator that also lists the mistakes of one kind (Person, Meeting, ...) outside the test split. */
    public Evaluator(Extractor extractor, String errorKind) {
        this.extractor = extractor;
        this.errorKind = errorKind;
    }

    public Report run(List<GoldArticle> gold, NewsStore store) {
        Map<String, Score> bySplit = new LinkedHashMap<>();
        Map<String, AttributeScore> attributes = new LinkedHashMap<>();
        Map<String, List<String>> reports = new java.util.TreeMap<>();
        Map<String, List<String>> where = new HashMap<>();
        ErrorList errors = new ErrorList(errorKind == null ? "" : errorKind);
        Map<Path, GoldArticle> byFile = new HashMap<>();
        for (GoldArticle g : gold) byFile.putIfAbsent(g.file(), g);
        // The pipeline reports the articles in the order of their files, one article a gold file.
        Deque<GoldArticle> next = new ArrayDeque<>(gold);
        IngestListener scorer = new IngestListener() {
            @Override
            public void mapped(MappedArticle article) {
                GoldArticle g = next.poll();
                if (g == null || !g.file().equals(article.file())) {
                    throw new NewskgException("gold article " + article.file() + " holds more than one article");
                }
                score(g, article.extraction(), article.resolution());
            }

            @Override
            public void stored(ArticleReport report) {}

            @Override
            public void rejected(NewskgException problem) {
                throw new NewskgException("gold article " + problem.getMessage());
            }

            private void score(GoldArticle g, Extraction predicted, Resolution r) {
                bySplit.computeIfAbsent(g.split(), k -> new Score()).add(predicted, g.gold());
                attributes.computeIfAbsent(g.split(), k -> new AttributeScore()).add(predicted, g);
                errors.add(g, predicted);
                for (Event ge : g.gold().events()) {
                    String key = g.keys().get(ge.id());
                    if (key == null) continue;
                    String iri = null;
                    for (Event pe : predicted.events()) {
                        if (Score.same(pe, predicted, ge, g.gold())) {
                            iri = r.eventIris().get(pe.id());
                            break;
                        }
                    }
                    reports.computeIfAbsent(key, k -> new ArrayList<>()).add(iri);
                    where.computeIfAbsent(key, k -> new ArrayList<>()).add(g.file().getFileName() + " -> " + (iri == null ? "not found" : iri));
                }
            }
        };
        // Every article is resolved afresh (no source hash): each gold file is its own report, even when two hold the same page.
        Pipeline.builder(store).files(gold.stream().map(GoldArticle::file).toList()).extractor(extractor)
                .transform((file, a) -> withListedDate(a, byFile.get(file))).skipUnchanged(false)
                .listener(scorer).build().run();
        if (!next.isEmpty()) throw new NewskgException("gold article " + next.peek().file() + " holds no article");
        int multi = 0;
        int fused = 0;
        List<String> unfused = new ArrayList<>();
        for (var e : reports.entrySet()) {
            List<String> iris = e.getValue();
            if (iris.size() < 2) continue;
            multi++;
            if (!iris.contains(null) && new HashSet<>(iris).size() == 1) fused++;
            else unfused.add(e.getKey() + ": " + String.join("; ", where.get(e.getKey())));
        }
        return new Report(bySplit, attributes, fused, multi, unfused, errors.lines());
    }

    /**
     * A page that states no date of its own gets the publication date its gold lists (the corpus README's), as a
     * feed item or a CMS export brings its date along: a file's modification time says nothing about the news.
     */
    static org.newskg.ingest.Article withListedDate(org.newskg.ingest.Article a, GoldArticle g) {
        java.time.LocalDate listed = g.gold().article().date();
        if (a.dateSource() != org.newskg.ingest.Article.DateSource.FILE_MODIFIED || listed == null) return a;
        return new org.newskg.ingest.Article(a.key(), a.url(), a.title(), listed, org.newskg.ingest.Article.DateSource.METADATA,
                a.text(), a.sourceFile());
    }

    /** The report as a table for people. */
    public static String format(Report r) {
        StringBuilder b = new StringBuilder();
        for (var e : r.bySplit().entrySet()) {
            b.append(String.format("%s%n  %-13s %9s %9s %9s%n", e.getKey(), "class", "precision", "recall", "F1"));
            for (String kind : List.of("Person", "Country", "Organization", "Meeting", "Attack", "Negotiation")) {
                Score.Counts c = e.getValue().counts(kind);
                b.append(String.format(java.util.Locale.ROOT, "  %-13s %9.2f %9.2f %9.2f   (%d predicted, %d gold)%n", kind,
                        c.precision(), c.recall(), c.f1(), c.predicted, c.gold));
            }
            AttributeScore attributes = r.attributes().get(e.getKey());
            for (String name : AttributeScore.NAMES) {
                int[] c = attributes.counts(name);
                if (c[1] > 0 || name.equals("role") || name.equals("affiliation")) {
                    b.append(String.format("  %-21s %s%n", name + " accuracy", ratio(c)));
                }
            }
        }
        b.append(String.format("fusion accuracy         %d of %d multi-source events came out as one node%n", r.fused(), r.multiSource()));
        return b.toString();
    }

    private static String ratio(int[] c) {
        return c == null || c[1] == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f (%d/%d)", c[0] / (double) c[1], c[0], c[1]);
    }

}
