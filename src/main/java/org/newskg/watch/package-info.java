/**
 * Ingest that keeps going: folders watched for new and changed files, and news feeds polled for new
 * items, each remembered in the store's {@link org.newskg.store.SourceLedger} so that nothing is read twice.
 */
package org.newskg.watch;
