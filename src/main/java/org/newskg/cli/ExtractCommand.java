package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.extract.ExtractionJson;
import org.newskg.extract.Extractors;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the extraction JSON of an article file (a .jsonl prints one object per line); touches no store.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .txt, .html/.htm or .jsonl file.")
    Path file;

    @Override
    public Integer call() {
        List<ReadResult> results = new ArticleReader().read(file);
        boolean many = results.size() > 1;
        int failures = 0;
        for (ReadResult r : results) {
            if (r instanceof ReadResult.Read read) {
                var x = Extractors.defaultExtractor().extract(read.article());
                spec.commandLine().getOut().println(many ? ExtractionJson.toLine(x) : ExtractionJson.toPrettyString(x));
            } else if (r instanceof ReadResult.Rejected no) {
                spec.commandLine().getErr().println("newskg: rejected " + no.error().getMessage());
                failures++;
            }
        }
        spec.commandLine().getOut().flush();
        return failures == results.size() ? Newskg.SOFTWARE : Newskg.OK;
    }
}
