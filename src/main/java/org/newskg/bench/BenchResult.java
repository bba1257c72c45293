package org.newskg.bench;

import java.util.Map;

/** The figures of one benchmark run; JSON keys as the README documents them. */
public record BenchResult(int articles, double extractArticlesPerSOneThread, double extractArticlesPerS,
                          double ingestArticlesPerS, double ingestTriplesPerS, long quads, double writerQuadsPerS,
                          double jenaLoaderTriplesPerS, double loadRatioVsJenaLoader, long storeBytes, long peakHeapMb,
                          double queryP50Ms, double queryP95Ms, Map<String, double[]> perTemplate) {}
