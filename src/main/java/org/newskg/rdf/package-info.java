/**
 * RDF: the ontology's terms ({@link org.newskg.rdf.NKG}) and the mapping of an extraction to one
 * named graph per article ({@link org.newskg.rdf.ExtractionMapper}), with the IRIs of
 * {@link org.newskg.id.Iris}.
 */
package org.newskg.rdf;
