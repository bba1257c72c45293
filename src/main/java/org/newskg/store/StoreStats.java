package org.newskg.store;

import java.util.Map;

/** Counts that describe a store. */
public record StoreStats(long articles, Map<String, Long> actorsByKind, Map<String, Long> eventsByKind,
                         long evidence, long quads, long graphs, StoreSize size) {}
