/** The ingest job: read, extract, map and store, in batches, reporting each article as it goes. */
package org.newskg.pipeline;
