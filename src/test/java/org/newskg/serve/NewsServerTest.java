package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newskg.NewskgException;

/** A read-only server over the samples, spoken to over HTTP. */
class NewsServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SampleServer SAMPLES = new SampleServer();
    static TestServer server;

    @BeforeAll
    static void start() {
        server = SAMPLES.get();
    }

    @Test
    void consoleIsServedAtTheRoot() throws Exception {
        HttpResponse<String> res = server.get("/", "text/html");
        assertEquals(200, res.statusCode());
        assertTrue(res.body().contains("<html") && res.body().toLowerCase().contains("fuseki"), res.body());
    }

    @Test
    void sparqlOverHttpSeesTheUnionOfArticleGraphs() throws Exception {
        HttpResponse<String> res = server.sparql("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?who WHERE { ?m a nkg:Meeting ; nkg:place/(rdfs:label|skos:altLabel) "Montevideo" ; nkg:participant/rdfs:label ?who } ORDER BY ?who""");
        assertEquals(200, res.statusCode());
        assertTrue(res.body().startsWith("who"), res.body());
        assertTrue(res.body().lines().count() > 1, "rows: " + res.body());
    }

    @Test
    void endpointCapsTheRowsOfAnyQuery() throws Exception {
        HttpResponse<String> res = server.sparql("SELECT ?s WHERE { ?s ?p ?o } LIMIT 50");
        assertEquals(1 + 3, res.body().lines().count(), "header and the server's --max-rows (3 here)");
    }

    @Test
    void readOnlyServerRefusesEveryChange() throws Exception {
        assertEquals(403, server.post("/news/update", "application/sparql-update", "DROP ALL", null).statusCode());
        assertEquals(403, server.post("/news", "application/sparql-update", "DROP ALL", null).statusCode());
        assertEquals(403, server.post("/news", "application/x-www-form-urlencoded", "update=DROP%20ALL", null).statusCode());
        assertEquals(403, server.post("/news/data", "text/turtle", "<http://e/s> <http://e/p> 1 .", null).statusCode());
        assertEquals(403, server.post("/$/datasets", "application/x-www-form-urlencoded", "dbName=x&dbType=mem", null).statusCode());
        assertEquals(403, server.send(HttpRequest.newBuilder(URI.create(server.url("/$/datasets/news"))).DELETE()).statusCode());
        assertEquals(200, server.post("/news/query", "application/sparql-query", "ASK { ?s ?p ?o }", null).statusCode(), "queries by POST still work");
        assertTrue(server.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").body().matches("(?s)n\\r?\\n[1-9].*"), "nothing was dropped");
    }

    @Test
    void everyTemplateIsListedWithItsParametersAndReturnsRowsWithItsExamples() throws Exception {
        JsonNode list = JSON.readTree(server.get("/api/queries", null).body());
        assertTrue(list.size() >= 10, "at least ten templates: " + list.size());
        for (JsonNode t : list) {
            StringBuilder query = new StringBuilder();
            for (JsonNode p : t.get("parameters")) {
                if (p.get("example").isNull()) continue;
                query.append(query.length() == 0 ? "?" : "&").append(p.get("name").asText()).append('=')
                        .append(URLEncoder.encode(p.get("example").asText(), StandardCharsets.UTF_8));
            }
            HttpResponse<String> res = server.get(t.get("url").asText() + query, "application/sparql-results+json");
            assertEquals(200, res.statusCode(), t.get("name") + ": " + res.body());
            assertTrue(JSON.readTree(res.body()).at("/results/bindings").size() > 0, t.get("name") + " returns rows: " + query);
        }
    }

    @Test
    void templatesAnswerInJsonCsvAndTsvAndTakeNames() throws Exception {
        HttpResponse<String> json = server.get("/api/queries/meetings-of?person=Coutinho", null);
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(JSON.readTree(json.body()).at("/results/bindings").size() > 0, json.body());
        HttpResponse<String> csv = server.get("/api/queries/meetings-of.csv?person=Renata%20Coutinho", null);
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().lines().count() > 1, csv.body());
        assertTrue(server.get("/api/queries/meetings-of?person=Coutinho", "text/tab-separated-values").body().startsWith("?"));
        assertEquals(json.body(), server.get("/api/queries/meetings-of?person=https://w3id.org/newskg/id/person/renata-coutinho", null).body());
    }

    @Test
    void badCallsGetClearErrors() throws Exception {
        assertEquals(404, server.get("/api/queries/no-such-question", null).statusCode());
        HttpResponse<String> missing = server.get("/api/queries/meetings-of", null);
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("missing parameter"), missing.body());
        assertEquals(400, server.get("/api/queries/meetings-of?person=Nobody%20Known", null).statusCode());
        assertEquals(400, server.get("/api/queries/meetings-of?person=Coutinho&colour=red", null).statusCode());
    }

    @Test
    void theJsonApiAnswersErrorsInJson() throws Exception {
        HttpResponse<String> missing = server.get("/api/queries/meetings-of.csv", null);
        assertEquals(400, missing.statusCode());
        assertEquals("application/json", type(missing), "JSON even where CSV was asked for");
        var body = JSON.readTree(missing.body());
        assertEquals(400, body.get("status").asInt());
        assertTrue(body.get("message").asText().contains("missing parameter"), missing.body());
        assertEquals(404, JSON.readTree(server.get("/api/queries/no-such-question", null).body()).get("status").asInt());
        assertEquals(404, JSON.readTree(server.get("/api/elsewhere", null).body()).get("status").asInt());
    }

    @Test
    void pagedResultsLinkToTheirNextAndPreviousPages() throws Exception {
        // The samples have fewer than 100 rows of any template: a full page is made by asking for page 1 of a
        // template whose rows fill it, else only "prev" on a later page can show.
        HttpResponse<String> second = server.get("/api/queries/attacks-by-place?page=2", null);
        String links = String.join(", ", second.headers().allValues("Link"));
        assertTrue(links.contains("</api/queries/attacks-by-place?page=1>; rel=\"prev\""), links);
        assertFalse(links.contains("rel=\"next\""), "page 2 is empty: no next page: " + links);
        HttpResponse<String> first = server.get("/api/queries/attacks-by-place", null);
        assertTrue(first.headers().allValues("Link").isEmpty(), "page 1 of 14 rows has neither");
    }

    @Test
    void injectedSparqlInAParameterChangesNothing() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        String before = server.sparql(count).body();
        for (String attack : new String[] {"\"} ; DROP ALL ; #", "ceasefire\") || true || (\"", "x' } UNION { ?s ?p ?o } #",
                "<http://evil>", "line\nbreak"}) {
            String q = URLEncoder.encode(attack, StandardCharsets.UTF_8);
            HttpResponse<String> res = server.get("/api/queries/negotiations-by-topic?topic=" + q, null);
            assertEquals(200, res.statusCode(), attack);
            assertEquals(0, JSON.readTree(res.body()).at("/results/bindings").size(), "no extra rows for " + attack);
            assertEquals(400, server.get("/api/queries/meetings-of?person=" + q, null).statusCode(), attack);
        }
        assertEquals(before, server.sparql(count).body());
    }

    @Test
    void openApiDescribesEveryTemplate() throws Exception {
        JsonNode doc = JSON.readTree(server.get("/api/openapi.json", null).body());
        assertEquals("3.0.3", doc.get("openapi").asText());
        assertTrue(doc.get("paths").has("/api/queries/meetings-of"));
    }

    @Test
    void entityIrisDereferenceByContentNegotiation() throws Exception {
        HttpResponse<String> ttl = server.get("/id/person/renata-coutinho", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.body().contains("Renata Coutinho") && ttl.body().contains("nkg:Person"), ttl.body());
        HttpResponse<String> html = server.get("/id/person/renata-coutinho", "text/html");
        assertTrue(html.body().contains("<h1>Renata Coutinho, Brazilian Foreign Minister</h1>") && html.body().contains("Evidence"), html.body());
        HttpResponse<String> jsonld = server.get("/id/person/renata-coutinho", "application/ld+json");
        assertTrue(JSON.readTree(jsonld.body()).toString().contains("renata-coutinho"));
        assertEquals(404, server.get("/id/person/nobody-at-all", "text/html").statusCode());
        assertFalse(server.get("/id/../../etc/passwd", null).body().contains("root:"));
    }

    @Test
    void exportStreamsTheWholeGraph() throws Exception {
        HttpResponse<String> ttl = server.get("/export.ttl", null);
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.body().contains("nkg:Meeting"));
        assertTrue(server.get("/export.trig", null).body().contains("GRAPH") || server.get("/export.trig", null).body().contains("{"));
    }

    @Test
    void queriesPageRunsATemplateFromItsForm() throws Exception {
        HttpResponse<String> page = server.get("/queries?template=meetings-of&person=Coutinho", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<table class=\"results\">"), page.body());
        assertTrue(page.body().contains("Open this query in the Fuseki console"));
    }

    @Test
    void theMapPageAndItsAssetsAreServedFromTheJarAndNothingElseIs() throws Exception {
        assertTrue(server.get("/map", null).body().contains("/assets/newskg/map.js"));
        HttpResponse<String> leaflet = server.get("/assets/leaflet/leaflet.js", null);
        assertEquals(200, leaflet.statusCode());
        assertTrue(leaflet.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(server.get("/assets/world-atlas/countries-110m.json", null).body().contains("\"Topology\""));
        assertEquals(200, server.get("/assets/topojson-client/topojson-client.min.js", null).statusCode());
        for (String outside : new String[] {"/assets/newskg/../gazetteer/cities.tsv", "/assets/newskg/%2e%2e/gazetteer/cities.tsv",
                "/assets/other/x.js", "/assets/newskg/map.rq", "/assets/leaflet/"}) {
            int status = server.get(outside, null).statusCode();
            assertTrue(status == 404 || status == 400, outside + " gave " + status);
        }
    }

    @Test
    void nearFindsTheEventsAroundAPlaceNearestFirst() throws Exception {
        HttpResponse<String> res = server.get("/api/queries/near.csv?place=Quito&km=450", null);
        assertEquals(200, res.statusCode(), res.body());
        List<String> places = res.body().lines().skip(1).map(l -> l.split(",")[3]).toList();
        assertEquals("Quito", places.get(0), res.body());
        assertTrue(places.contains("Guayaquil") && !places.contains("Maputo"), res.body());
        assertTrue(server.get("/api/queries/near.csv?place=Quito&km=50", null).body().lines().count() < res.body().lines().count());
    }

    @Test
    void theNetworkIsExportedAsGexfWithANodePerActorAndAnEdgePerRowOfItsTemplate() throws Exception {
        HttpResponse<String> csv = server.get("/api/queries/network-edges.csv?min=2", null);
        long rows = csv.body().lines().count() - 1;
        HttpResponse<String> gexf = server.get("/network.gexf?min=2", null);
        assertEquals(200, gexf.statusCode());
        assertTrue(gexf.headers().firstValue("Content-Type").orElse("").startsWith("application/gexf+xml"));
        var doc = javax.xml.parsers.DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(gexf.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("http://gexf.net/1.3", doc.getDocumentElement().getNamespaceURI());
        var edges = doc.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
        assertTrue(rows > 0 && edges.getLength() == rows, edges.getLength() + " edges for " + rows + " rows");
        for (int i = 0; i < edges.getLength(); i++) {
            assertTrue(Integer.parseInt(((org.w3c.dom.Element) edges.item(i)).getAttribute("weight")) >= 2, "min=2 holds");
        }
        var nodes = doc.getElementsByTagNameNS("http://gexf.net/1.3", "node");
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) ids.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("id"));
        assertEquals(nodes.getLength(), ids.size(), "each node once");
        for (int i = 0; i < edges.getLength(); i++) {
            var e = (org.w3c.dom.Element) edges.item(i);
            assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")));
        }
    }

    @Test
    void aDossierSaysWhatItIsInItsTitleAndListsItsFactsInReadingOrder() throws Exception {
        String meeting = server.get("/id/event/meeting/b72a66c35eadea57", "text/html").body();
        assertTrue(meeting.contains("<title>Meeting - Montevideo - 11 Mar 2025</title>"), meeting);
        assertTrue(meeting.contains("<a href=\"/id/place/uy/montevideo\">Montevideo</a>"), "a place is a link by its name");
        String person = server.get("/id/person/renata-coutinho", "text/html").body();
        assertTrue(person.contains("<title>Renata Coutinho, Brazilian Foreign Minister</title>"), person);
        int name = person.indexOf("<th>name</th>");
        int role = person.indexOf("<th>role</th>");
        int affiliation = person.indexOf("<th>affiliation</th>");
        assertTrue(name >= 0 && name < role && role < affiliation, "name, then role, then affiliation");
        assertTrue(person.contains("<h2>Events</h2>") && person.contains("/id/event/meeting/b72a66c35eadea57"), "her meeting is listed");
    }

    @Test
    void anArticlesPageMarksEachEvidenceSentenceInItsTextAndLinksWhatItSupports() throws Exception {
        String page = server.get("/id/article/67512670bc5fab47", "text/html").body();
        int marks = page.split("<mark class=\"evidence\">", -1).length - 1;
        assertTrue(marks >= 3, marks + " sentences marked");
        assertTrue(page.contains("<mark class=\"evidence\">MONTEVIDEO - Brazilian and Ecuadorian officials meeting in Montevideo"), "the sentence as the text has it");
        assertTrue(page.matches("(?s).*</mark><span class=\"supports\"> \\[[^\\]]*<a href=\"/id/event/meeting/b72a66c35eadea57\">Meeting</a>.*"),
                "the first sentence supports the Montevideo meeting");
    }

    @Test
    void contentNegotiationHonoursQValuesAndRefusesWhatItCannotGive() throws Exception {
        String person = "/id/person/renata-coutinho";
        assertEquals("application/ld+json", type(server.get(person, "text/turtle;q=0.9, application/ld+json")));
        assertEquals("text/turtle", type(server.get(person, "text/turtle;q=0.5, text/html;q=0.1")));
        assertEquals("text/html", type(server.get(person, "*/*")));
        assertEquals("application/n-triples", type(server.get(person, "text/html;q=0, application/n-triples;q=0.2")));
        assertEquals(406, server.get(person, "image/png").statusCode());
        assertEquals(406, server.get(person, "text/html;q=0").statusCode());
    }

    @Test
    void suffixesNameARepresentationAndEachNamesTheOthersAsAlternates() throws Exception {
        HttpResponse<String> ttl = server.get("/id/person/renata-coutinho.ttl", "text/html");
        assertEquals("text/turtle", type(ttl), "the suffix wins over Accept");
        String links = String.join(", ", ttl.headers().allValues("Link"));
        assertTrue(links.contains("</id/person/renata-coutinho.jsonld>; rel=\"alternate\"; type=\"application/ld+json\"")
                && links.contains("</id/person/renata-coutinho.html>; rel=\"alternate\"; type=\"text/html\"") && !links.contains(".ttl>"), links);
        assertEquals("text/html", type(server.get("/id/person/renata-coutinho.html", "text/turtle")));
    }

    @Test
    void jsonLdUsesAContextWhoseTermsTypeIrisNumbersAndDates() throws Exception {
        var doc = JSON.readTree(server.get("/id/event/meeting/b72a66c35eadea57.jsonld", null).body());
        var context = doc.get("@context");
        assertEquals("@id", context.get("participant").get("@type").asText());
        assertEquals("xsd:date", context.get("date").get("@type").asText());
        assertEquals("xsd:integer", context.get("killed").get("@type").asText());
        var meeting = java.util.stream.StreamSupport.stream(doc.get("@graph").spliterator(), false)
                .filter(n -> n.path("id").asText().endsWith("b72a66c35eadea57")).findFirst().orElseThrow();
        assertEquals("2025-03-11", meeting.get("date").asText(), "a date under its typed term: " + meeting);
        assertTrue(meeting.get("participant").toString().contains("https://w3id.org/newskg/id/country/BR"), "IRIs as plain strings under an @id term");
        // The same graph as the Turtle, read back by Jena.
        org.apache.jena.rdf.model.Model fromJsonLd = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(doc.toString(), org.apache.jena.riot.Lang.JSONLD).parse(fromJsonLd);
        org.apache.jena.rdf.model.Model fromTurtle = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(server.get("/id/event/meeting/b72a66c35eadea57.ttl", null).body(), org.apache.jena.riot.Lang.TURTLE).parse(fromTurtle);
        assertTrue(fromJsonLd.isIsomorphicWith(fromTurtle));
    }

    @Test
    void theOntologyIsServedAtItsNamespacePath() throws Exception {
        HttpResponse<String> ttl = server.get("/ontology", "text/turtle");
        assertEquals("text/turtle", type(ttl));
        assertTrue(ttl.body().contains("nkg:Meeting"));
        assertTrue(server.get("/ontology", "text/html").body().contains("<code>nkg:participant</code>"));
        assertEquals("application/ld+json", type(server.get("/ontology.jsonld", null)));
        assertTrue(server.get("/ontology/context.jsonld", null).body().contains("\"@context\""));
        assertEquals(404, server.get("/ontology/elsewhere", null).statusCode());
    }

    private static String type(HttpResponse<String> res) {
        return res.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "").trim();
    }

    @Test
    void theQueriesPageGroupsTemplatesByTaskWithTheirDescriptionsAndNamesWhatItLinks() throws Exception {
        String page = server.get("/queries?template=who-met-whom", null).body();
        int lookup = page.indexOf("<h2 class=\"task\">lookup</h2>");
        int meetings = page.indexOf("<h2 class=\"task\">meetings</h2>");
        assertTrue(lookup >= 0 && lookup < meetings, "tasks in reading order, the name look-up first");
        assertTrue(page.indexOf("id=\"find-by-name\"") > lookup && page.indexOf("id=\"find-by-name\"") < meetings);
        assertTrue(page.contains("<p class=\"description\">"), "each with its description");
        assertTrue(page.contains("<a href=\"/id/person/renata-coutinho\">Renata Coutinho</a>"), "a linked thing shows its name");
        assertTrue(page.contains("list=\"names\" class=\"name\""), "an IRI input suggests names");
    }

    @Test
    void fusekiAdminAreaIsInsideTheStoreFolder() {
        // Inside, because the server's user can write there whatever the layout (in Docker, /data is root's).
        assertTrue(Files.isDirectory(server.store.directory().resolve("fuseki")), "FUSEKI_BASE inside the store");
        assertFalse(Files.exists(server.store.directory().resolveSibling(server.store.directory().getFileName() + ".fuseki")), "nothing beside the store");
        assertFalse(Files.exists(Path.of("run")), "nothing written into the working directory");
    }

    @Test
    void aPortInUseIsAClearError() {
        NewskgException e = assertThrows(NewskgException.class, () -> NewsServer.start(server.store,
                new ServerOptions("127.0.0.1", server.server.port(), false, null, null, 10, null, 3)));
        assertTrue(e.getMessage().contains("port " + server.server.port() + " is in use"), e.getMessage());
    }
}
