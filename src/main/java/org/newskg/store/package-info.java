/**
 * The TDB2 store: one named graph per article, its union as the default graph, batched
 * transactional writes, export, statistics, validation and compaction.
 */
package org.newskg.store;
