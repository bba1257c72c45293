/** The benchmark: a synthetic corpus made from the gazetteers, and the figures of one run. */
package org.newskg.bench;
