package org.newskg.pipeline;

import java.nio.file.Path;
import org.newskg.extract.Extraction;
import org.newskg.rdf.ArticleGraph;
import org.newskg.resolve.Resolution;

/**
 * One article as resolved and mapped, before its graph is written.
 *
 * @param file the input file it came from (article file or extraction JSON Lines)
 */
public record MappedArticle(Path file, Extraction extraction, Resolution resolution, ArticleGraph graph) {}
