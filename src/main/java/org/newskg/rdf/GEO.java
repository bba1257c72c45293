package org.newskg.rdf;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The few OGC GeoSPARQL 1.1 terms newskg writes: a place {@code geo:hasGeometry} a point whose
 * {@code geo:asWKT} is a WKT literal, longitude first (the CRS84 default).
 */
public final class GEO {
    /** GeoSPARQL's namespace. */
    public static final String NS = "http://www.opengis.net/ont/geosparql#";
    /** The Simple Features vocabulary's namespace, for {@code sf:Point}. */
    public static final String SF_NS = "http://www.opengis.net/ont/sf#";

    private GEO() {}

    public static final Property hasGeometry = ResourceFactory.createProperty(NS + "hasGeometry");
    public static final Property asWKT = ResourceFactory.createProperty(NS + "asWKT");
    public static final Resource Feature = ResourceFactory.createResource(NS + "Feature");
    public static final Resource Point = ResourceFactory.createResource(SF_NS + "Point");
    /**
     * {@code geo:wktLiteral}: "POINT(longitude latitude)". The type mapper's own instance, the one every
     * parser and the store's node table give for this IRI: literals of two instances are not equal.
     */
    public static final RDFDatatype wktLiteral = TypeMapper.getInstance().getSafeTypeByName(NS + "wktLiteral");
}
