package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.id.Iris;
import org.newskg.query.TemplateException;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateRunner;

/**
 * {@code /network.gexf}: the network page's graph (the {@code network-edges} template, with the same
 * {@code actor} and {@code min} parameters) as GEXF 1.3, which Gephi opens. Nodes carry their label
 * and kind, edges their relation and number of events as weight.
 */
final class NetworkGexfServlet extends HttpServlet {
    static final String TEMPLATE = "network-edges";
    private static final String NS = "http://gexf.net/1.3";
    private final TemplateLibrary library;
    private final TemplateRunner runner;

    NetworkGexfServlet(TemplateLibrary library, TemplateRunner runner) {
        this.library = library;
        this.runner = runner;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Map<String, String> args = new LinkedHashMap<>();
        for (String name : new String[] {"actor", "min"}) {
            String v = req.getParameter(name);
            if (v != null && !v.isBlank()) args.put(name, v);
        }
        ResultSet rows;
        try {
            rows = runner.run(library.get(TEMPLATE), args);
        } catch (TemplateException e) {
            res.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query timed out after " + runner.timeoutMillis() / 1000 + " s (serve --timeout)");
            return;
        }
        res.setContentType("application/gexf+xml; charset=utf-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"newskg-network.gexf\"");
        try {
            write(rows, res.getOutputStream());
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    /** The rows of {@code network-edges} as a GEXF 1.3 document: each node once, each row an edge. */
    static void write(ResultSet rows, OutputStream out) throws XMLStreamException {
        Map<String, String[]> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String from = row.getResource("from").getURI();
            String to = row.getResource("to").getURI();
            nodes.putIfAbsent(from, new String[] {lexical(row.get("fromLabel"), from), Iris.kindOf(from)});
            nodes.putIfAbsent(to, new String[] {lexical(row.get("toLabel"), to), Iris.kindOf(to)});
            edges.add(new Edge(from, to, lexical(row.get("relation"), ""), row.getLiteral("events").getLong()));
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
        x.writeCharacters("Who met whom, who attacked where, who proposed, accepted or rejected which negotiation; weight = events");
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("graph");
        x.writeAttribute("defaultedgetype", "directed");
        attributes(x, "node", new String[] {"kind"}, "string");
        attributes(x, "edge", new String[] {"relation"}, "string");
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
            x.writeAttribute("weight", String.valueOf(e.weight()));
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

    private static void attributes(XMLStreamWriter x, String forClass, String[] titles, String type) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", forClass);
        for (int i = 0; i < titles.length; i++) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", String.valueOf(i));
            x.writeAttribute("title", titles[i]);
            x.writeAttribute("type", type);
        }
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

    private record Edge(String from, String to, String relation, long weight) {}
}
