/**
 * Identity: the keys and IRIs everything else mints or reads. {@link org.newskg.id.ArticleUrls} (the
 * URL that identifies an article), {@link org.newskg.id.Keys} (article keys, short hashes) and
 * {@link org.newskg.id.Iris} (the IRI policy). Depends on the root package only, so that every layer
 * above may use it.
 */
package org.newskg.id;
