package org.newskg.query;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.id.Iris;
import org.newskg.rdf.NKG;

/**
 * The network of actors as GEXF 1.3 (which Gephi opens): nodes with their label and kind, edges with
 * their relation (met, attacked in, proposed, accepted, rejected) and number of events as weight.
 * Meeting is mutual, so its edges are undirected; the others go one way.
 */
public final class NetworkGexf {
    /** One edge: its two ends (IRI and name) and its number of events. */
    public record Edge(String from, String fromLabel, String to, String toLabel, String relation, long events) {}

    private static final String NS = "http://gexf.net/1.3";

    private NetworkGexf() {}

    /** The edges of the {@code network-edges} template's rows. */
    public static List<Edge> edges(ResultSet rows) {
        List<Edge> out = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String from = row.getResource("from").getURI();
            String to = row.getResource("to").getURI();
            out.add(new Edge(from, lexical(row.get("fromLabel"), from), to, lexical(row.get("toLabel"), to),
                    lexical(row.get("relation"), ""), row.getLiteral("events").getLong()));
        }
        return out;
    }

    /**
     * Every edge of who met whom and who attacked where, from the counts the statistics graph keeps
     * (each pair of actors who met, each attacker and place); call inside a read transaction.
     */
    public static List<Edge> whoMetOrAttacked(Dataset ds) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT ?relation ?from (SAMPLE(?fromName) AS ?fromLabel) ?to (SAMPLE(?toName) AS ?toLabel) ?events WHERE {
                  { ?pair ?meetingCount ?events ; ?pairMember ?from, ?to FILTER(STR(?from) < STR(?to)) BIND("met" AS ?relation) }
                  UNION { ?pair ?attackCount ?events ; ?pairAttacker ?from ; ?pairPlace ?to BIND("attacked in" AS ?relation) }
                  OPTIONAL { ?from ?mainName ?fromName }
                  OPTIONAL { ?to ?mainName ?toName }
                }
                GROUP BY ?relation ?from ?to ?events
                ORDER BY DESC(?events) ?relation ?from ?to""");
        q.setIri("meetingCount", NKG.meetingCount.getURI());
        q.setIri("pairMember", NKG.pairMember.getURI());
        q.setIri("attackCount", NKG.attackCount.getURI());
        q.setIri("pairAttacker", NKG.pairAttacker.getURI());
        q.setIri("pairPlace", NKG.pairPlace.getURI());
        q.setIri("mainName", NKG.mainName.getURI());
        try (QueryExecution qe = QueryExecution.create(q.asQuery(), ds)) {
            return edges(qe.execSelect());
        }
    }

    /** Writes {@code edges} as a GEXF 1.3 document: each node once, each edge once. */
    public static void write(List<Edge> edges, String description, OutputStream out) throws XMLStreamException {
        Map<String, String[]> nodes = new LinkedHashMap<>();
        for (Edge e : edges) {
            nodes.putIfAbsent(e.from(), new String[] {e.fromLabel(), Iris.kindOf(e.from())});
            nodes.putIfAbsent(e.to(), new String[] {e.toLabel(), Iris.kindOf(e.to())});
        }
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("gexf");
        x.writeDefaultNamespace(NS);
        x.writeAttribute("version", "1.3");
        x.writeStartElement("meta");
        x.writeStartElement("creator");
        x.writeCharacters("newskg");
        x.writeEndElement();
        x.writeStartElement("description");
        x.writeCharacters(description);
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("graph");
        x.writeAttribute("defaultedgetype", "directed");
        attributes(x, "node", "kind");
        attributes(x, "edge", "relation");
        x.writeStartElement("nodes");
        for (Map.Entry<String, String[]> n : nodes.entrySet()) {
            x.writeStartElement("node");
            x.writeAttribute("id", n.getKey());
            x.writeAttribute("label", n.getValue()[0]);
            attvalue(x, n.getValue()[1] == null ? "other" : n.getValue()[1]);
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeStartElement("edges");
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            x.writeStartElement("edge");
            x.writeAttribute("id", String.valueOf(i));
            x.writeAttribute("source", e.from());
            x.writeAttribute("target", e.to());
            x.writeAttribute("label", e.relation());
            x.writeAttribute("weight", String.valueOf(e.events()));
            // Meeting is mutual; attacking and taking a side in talks go one way.
            if (e.relation().equals("met")) x.writeAttribute("type", "undirected");
            attvalue(x, e.relation());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
    }

    private static void attributes(XMLStreamWriter x, String forClass, String title) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", forClass);
        x.writeEmptyElement("attribute");
        x.writeAttribute("id", "0");
        x.writeAttribute("title", title);
        x.writeAttribute("type", "string");
        x.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter x, String value) throws XMLStreamException {
        x.writeStartElement("attvalues");
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", "0");
        x.writeAttribute("value", value);
        x.writeEndElement();
    }

    private static String lexical(RDFNode n, String otherwise) {
        return n == null ? otherwise : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
