/**
 * Resolution: one node per real thing across articles and ingest runs. An extraction's local actors
 * and events get IRIs, reusing those of the same person, organisation or event already known (in
 * the store, or earlier in the same run).
 */
package org.newskg.resolve;
