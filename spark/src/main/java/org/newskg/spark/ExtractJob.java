package org.newskg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.newskg.ingest.ArticleReader;
import org.newskg.pipeline.FileBatchExtraction;

/**
 * newskg's extraction on Apache Spark: the article files under the inputs (text, HTML, JSON Lines, web
 * archives; any Hadoop path) are cut into contiguous shares, in the order a local ingest reads them;
 * each task extracts its share with the same extractor ({@link FileBatchExtraction}); the output is
 * one text file a share, {@code part-00000} on, of extraction JSON Lines (for {@code newskg ingest
 * --extractions}) or of N-Quads (for Jena's loaders). Ingesting the parts in name order resolves the
 * articles in the local order, so the graph is the one a local ingest makes.
 *
 * <pre>spark-submit --class org.newskg.spark.ExtractJob newskg-spark.jar --output OUT [--format json|nq] [--partitions N] INPUT...</pre>
 */
public final class ExtractJob {
    /** What a run did: the article files read, the articles extracted and the inputs refused. */
    public record Summary(long files, long articles, long refused, long millis) {}

    private ExtractJob() {}

    public static void main(String[] args) {
        Options o = Options.parse(args);
        SparkConf conf = new SparkConf().setAppName("newskg extract");
        if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Summary s = run(sc, o.inputs(), o.output(), o.format(), o.partitions(), o.maxBytes());
            System.out.printf("newskg-spark: %d file(s), %d article(s) extracted, %d input(s) refused, %.1f s; output %s%n",
                    s.files(), s.articles(), s.refused(), s.millis() / 1000.0, o.output());
        }
    }

    /** Extracts every article file under {@code inputs} into {@code output} (a folder that must not exist). */
    public static Summary run(JavaSparkContext sc, List<String> inputs, String output, FileBatchExtraction.Format format, int partitions,
                              long maxBytes) {
        long t0 = System.currentTimeMillis();
        List<InputFile> files = InputListing.list(inputs, sc.hadoopConfiguration());
        if (files.isEmpty()) throw new IllegalArgumentException("no article files (.txt, .html, .htm, .jsonl, .warc, .warc.gz) under " + inputs);
        int shares = partitions > 0 ? partitions : Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
        LongAccumulator articles = sc.sc().longAccumulator("articles");
        LongAccumulator refused = sc.sc().longAccumulator("refused");
        // parallelize keeps the list's order and cuts it into contiguous slices: part-00000 holds the first.
        sc.parallelize(files, shares)
                .mapPartitions((Iterator<InputFile> share) -> extract(share, format, maxBytes, articles, refused))
                .saveAsTextFile(output);
        return new Summary(files.size(), articles.value(), refused.value(), System.currentTimeMillis() - t0);
    }

    /** On an executor: one share's files, fetched to local disk where they are not local already, extracted in order. */
    private static Iterator<String> extract(Iterator<InputFile> share, FileBatchExtraction.Format format, long maxBytes,
                                            LongAccumulator articles, LongAccumulator refused) throws IOException {
        Path local = Files.createTempDirectory("newskg-share");
        try {
            List<Path> paths = new ArrayList<>();
            int i = 0;
            while (share.hasNext()) paths.add(localCopy(share.next(), local.resolve(Integer.toString(i++))));
            FileBatchExtraction.Output out = FileBatchExtraction.run(paths, format, maxBytes);
            articles.add(out.articles());
            refused.add(out.refused().size());
            // Executors' standard error is where a cluster keeps a task's log.
            out.refused().forEach(r -> System.err.println("newskg-spark: refused " + r));
            return out.lines().iterator();
        } finally {
            deleteTree(local);
        }
    }

    /** The file itself when it is on this machine's disk; else a copy under {@code dir} with its name and modification time. */
    private static Path localCopy(InputFile f, Path dir) throws IOException {
        URI uri = URI.create(f.uri());
        if ("file".equals(uri.getScheme())) return Path.of(uri);
        Path copy = Files.createDirectories(dir).resolve(f.name());
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = remote.getFileSystem(new Configuration());
        fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(copy.toUri()), true);
        Files.setLastModifiedTime(copy, FileTime.fromMillis(f.modifiedMillis()));
        return copy;
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line: --output DIR, --format json|nq, --partitions N, --max-bytes N, then the inputs. */
    record Options(List<String> inputs, String output, FileBatchExtraction.Format format, int partitions, long maxBytes) {
        static Options parse(String[] args) {
            List<String> inputs = new ArrayList<>();
            String output = null;
            FileBatchExtraction.Format format = FileBatchExtraction.Format.EXTRACTION_JSON;
            int partitions = 0;
            long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--output" -> output = value(args, ++i);
                    case "--format" -> format = switch (value(args, ++i)) {
                        case "json" -> FileBatchExtraction.Format.EXTRACTION_JSON;
                        case "nq" -> FileBatchExtraction.Format.NQUADS;
                        default -> throw usage("--format must be json or nq");
                    };
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
                    case "--max-bytes" -> maxBytes = Long.parseLong(value(args, ++i));
                    default -> {
                        if (args[i].startsWith("--")) throw usage("unknown option " + args[i]);
                        inputs.add(args[i]);
                    }
                }
            }
            if (output == null || inputs.isEmpty()) throw usage("give --output DIR and at least one input");
            return new Options(inputs, output, format, partitions, maxBytes);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) throw usage(args[i - 1] + " needs a value");
            return args[i];
        }

        private static IllegalArgumentException usage(String why) {
            return new IllegalArgumentException(why + "; usage: ExtractJob --output DIR [--format json|nq] [--partitions N] "
                    + "[--max-bytes N] INPUT...");
        }
    }
}
