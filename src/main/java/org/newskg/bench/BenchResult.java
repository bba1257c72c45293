package org.newskg.bench;

import java.util.Map;

/**
 * The figures of one benchmark run; JSON keys as the README documents them. {@code storeBytes}: our store's disk
 * blocks in use right after the ingest, as {@code ingest} leaves it (compacted when it had outgrown its data, see
 * AutoCompaction; {@code bytesBeforeCompaction} and {@code compactionSeconds}, 0 when it was not); {@code loaderBytes}: what Jena's basic bulk loader makes of the same quads
 * in a fresh store (tdb2.xloader runs as a separate process of shell scripts, so it is not used here).
 */
public record BenchResult(int articles, double extractArticlesPerSOneThread, double extractArticlesPerS,
                          double ingestArticlesPerS, double ingestTriplesPerS, long quads, double writerQuadsPerS,
                          double jenaLoaderTriplesPerS, double loadRatioVsJenaLoader, long bytesBeforeCompaction, double compactionSeconds, long storeBytes, long loaderBytes, long peakHeapMb,
                          double queryP50Ms, double queryP95Ms, Map<String, double[]> perTemplate) {}
