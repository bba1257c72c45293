package org.newskg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newskg.Version;
import org.newskg.query.QueryTemplate;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateParam;

/** An OpenAPI 3 description of the template API, one path per template. */
final class OpenApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi() {}

    static ObjectNode describe(TemplateLibrary library) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "newskg saved queries").put("version", Version.CURRENT)
                .put("description", "Parameterised SPARQL questions over the news graph. IRI parameters also take a name.");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode listing = paths.putObject("/api/queries").putObject("get");
        listing.put("summary", "List the saved query templates").putObject("responses").putObject("200").put("description", "templates");
        for (QueryTemplate t : library.all()) {
            ObjectNode get = paths.putObject("/api/queries/" + t.name()).putObject("get");
            get.put("summary", t.summary()).put("operationId", t.name().replace('-', '_'));
            ArrayNode tags = get.putArray("tags");
            t.tags().forEach(tags::add);
            ArrayNode params = get.putArray("parameters");
            for (TemplateParam p : t.params()) {
                ObjectNode q = params.addObject().put("name", p.name()).put("in", "query").put("required", p.required());
                ObjectNode schema = q.putObject("schema").put("type", p.type() == TemplateParam.Type.INTEGER ? "integer" : "string");
                if (p.type() == TemplateParam.Type.DATE) schema.put("format", "date");
                if (p.type() == TemplateParam.Type.IRI) q.put("description", "an IRI, or a name (label or variant)");
                if (p.defaultValue() != null) q.put("example", p.defaultValue());
            }
            params.addObject().put("name", "format").put("in", "query").put("required", false)
                    .putObject("schema").put("type", "string").putArray("enum").add("json").add("csv").add("tsv");
            ObjectNode responses = get.putObject("responses");
            ObjectNode ok = responses.putObject("200").put("description", "rows").putObject("content");
            ok.putObject("application/sparql-results+json");
            ok.putObject("text/csv");
            ok.putObject("text/tab-separated-values");
            responses.putObject("400").put("description", "missing or invalid parameter");
            responses.putObject("404").put("description", "no such template");
        }
        return doc;
    }
}
