/**
 * RDF: the ontology's terms ({@link org.newskg.rdf.NKG}), IRI minting ({@link org.newskg.rdf.Iris})
 * and the mapping of an extraction to one named graph per article ({@link org.newskg.rdf.ExtractionMapper}).
 */
package org.newskg.rdf;
