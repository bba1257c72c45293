/**
 * Saved query templates: {@code .rq} files in grlc's conventions (decorators, BASIL-style
 * parameters), loaded, bound with {@code ParameterizedSparqlString} and run against a store.
 */
package org.newskg.query;
