package org.newskg.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A dataset as one JSON-LD document written one named graph at a time: {@code {"@context": prefixes,
 * "@graph": [{"@id": article, "@graph": [...]}, ...]}}. Jena's JSON-LD writer builds its whole output
 * in memory, so each article graph is handed to it alone (compacted with the same prefixes) and its
 * result streamed into the document; memory is bounded by the largest article, not by the store.
 */
final class JsonLdExport {
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonLdExport() {}

    /** Writes {@code dsg}'s named graphs; call inside a read transaction. */
    static void write(DatasetGraph dsg, OutputStream out) {
        PrefixMap prefixes = dsg.prefixes();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeFieldName("@context");
            g.writeTree(context(prefixes));
            g.writeArrayFieldStart("@graph");
            for (Iterator<Node> names = dsg.listGraphNodes(); names.hasNext(); ) {
                Node name = names.next();
                if (StatisticsKeeper.isStatisticsGraph(name)) continue;
                for (JsonNode node : graph(name, dsg.getGraph(name), prefixes)) g.writeTree(node);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The context Jena's pretty JSON-LD writer makes of the prefixes, so that each graph's compacted form fits under it. */
    private static ObjectNode context(PrefixMap prefixes) {
        ObjectNode cxt = JSON.createObjectNode();
        prefixes.forEach((k, v) -> {
            if (!k.isEmpty()) cxt.put(k, v);
        });
        if (prefixes.get("") != null) cxt.put("@vocab", prefixes.get(""));
        return cxt;
    }

    /** One named graph as the node objects Jena writes for it (normally one: its name and "@graph"), without their context. */
    private static Iterable<JsonNode> graph(Node name, Graph graph, PrefixMap prefixes) throws IOException {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEach(copy::add);
        if (copy.isEmpty()) return java.util.List.of();
        DatasetGraph one = DatasetGraphFactory.create();
        one.addGraph(name, copy);
        one.prefixes().putAll(prefixes);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RDFDataMgr.write(buf, one, RDFFormat.JSONLD_PRETTY);
        ObjectNode doc = (ObjectNode) JSON.readTree(buf.toByteArray());
        doc.remove("@context");
        // Several top-level nodes come wrapped in "@graph"; one comes bare.
        return doc.has("@id") || !doc.has("@graph") ? java.util.List.of(doc) : doc.get("@graph");
    }
}
