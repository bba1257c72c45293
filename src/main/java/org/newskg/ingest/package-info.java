/**
 * Reading and cleaning: files, pages and JSON Lines in, {@link org.newskg.ingest.Article} records out,
 * with page furniture (other headlines, captions, slugs, menus) left behind.
 */
package org.newskg.ingest;
