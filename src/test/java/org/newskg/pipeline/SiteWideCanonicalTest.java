package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.rules.RuleExtractor;
import org.newskg.rdf.NKG;
import org.newskg.store.ExportFormat;
import org.newskg.store.NewsStore;

/** Pages that all name the site's root as their canonical URL are different articles, and export as valid RDF. */
class SiteWideCanonicalTest {
    @TempDir
    Path dir;

    @Test
    void twoPagesWithCanonicalSlashAreTwoArticlesAndExportStrictly() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.html"), "<html><head><link rel=\"canonical\" href=\"/\"><title>Border talks</title></head><body>"
                + "<p>Envoys of the two states met in the capital on Tuesday to discuss the border, officials said.</p></body></html>");
        Files.writeString(in.resolve("b.html"), "<html><head><link rel=\"canonical\" href=\"/\"><title>Coastal road shut</title></head><body>"
                + "<p>Flooding closed the coastal road on Friday after two days of heavy rain, the police said.</p></body></html>");
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            IngestSummary s = Pipeline.builder(store).extractor(new RuleExtractor()).listener(IngestListener.onRejected(e -> fail(e.getMessage()))).batch(10).threads(1).files(List.of(in)).build().run();
            assertEquals(2, s.added(), s.toString());
            for (ExportFormat f : List.of(ExportFormat.NQ, ExportFormat.TTL, ExportFormat.TRIG)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.export(f, out);
                Dataset back = DatasetFactory.create();
                RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(f.rdfFormat().getLang()).strict(true).parse(back);
                // Turtle holds the fused graph as its default graph; N-Quads and TriG one named graph an article.
                long articles = back.getUnionModel().listSubjectsWithProperty(RDF.type, NKG.Article).toList().size()
                        + back.getDefaultModel().listSubjectsWithProperty(RDF.type, NKG.Article).toList().size();
                assertEquals(2, articles, f + " holds both articles");
            }
        }
    }
}
