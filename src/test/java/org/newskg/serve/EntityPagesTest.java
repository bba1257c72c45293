package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newskg.id.Iris;

/** An entity linked from many things shows who links to it a page at a time, with next and previous links. */
class EntityPagesTest {
    private static final String PATH = "/id/thing/popular";

    @RegisterExtension
    static final SampleServer SAMPLES = new SampleServer();
    static TestServer server;

    @BeforeAll
    static void start() {
        server = SAMPLES.get();
        var dsg = server.store.dataset().asDatasetGraph();
        Node popular = NodeFactory.createURI(Iris.BASE + "thing/popular");
        Node gn = NodeFactory.createURI(Iris.BASE + "article/links");
        Node links = NodeFactory.createURI("https://example.org/linksTo");
        Txn.executeWrite(server.store.dataset(), () -> {
            dsg.add(gn, popular, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("Popular"));
            for (int i = 0; i < 120; i++) dsg.add(gn, NodeFactory.createURI(Iris.BASE + "thing/fan-" + (1000 + i)), links, popular);
        });
    }

    @Test
    void linkedFromIsPagedFiftyAtATimeWithNextAndPrevious() throws Exception {
        Document first = page(PATH);
        assertEquals(EntityServlet.PAGE_SIZE, first.select("ul.incoming li").size());
        assertTrue(first.select("p.pages a").text().contains("next"));
        assertFalse(first.select("p.pages a").text().contains("previous"));
        Document last = page(PATH + "?page=3");
        assertEquals(20, last.select("ul.incoming li").size(), "120 links: 50, 50, 20");
        assertTrue(last.select("p.pages a").text().contains("previous"));
        assertFalse(last.select("p.pages a").text().contains("next"));
        assertTrue(last.select("ul.incoming").text().contains("fan-1119"), "ordered, so the last page holds the last links");
        HttpResponse<String> ttl = server.get(PATH + "?page=2", "text/turtle");
        assertTrue(ttl.headers().allValues("Link").stream().anyMatch(l -> l.contains("page=3") && l.contains("next")), ttl.headers().toString());
    }

    @Test
    void aPageThatIsNotANumberIs400() throws Exception {
        assertEquals(400, server.get(PATH + "?page=0", "text/html").statusCode());
        assertEquals(400, server.get(PATH + "?page=x", "text/html").statusCode());
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> res = server.get(path, "text/html");
        assertEquals(200, res.statusCode(), res.body());
        return Jsoup.parse(res.body());
    }
}
