package org.newskg.serve;

import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.query.QueryTemplate;
import org.newskg.query.TemplateException;
import org.newskg.query.TemplateLibrary;
import org.newskg.query.TemplateRunner;

/**
 * A dossier's "Confidence" section for an event or an actor: the score the {@code confidence}
 * template gives, with each part it adds up and what that part counted, so that the number is never
 * shown unexplained. The template is the one place the score is defined.
 */
final class ConfidenceSection {
    static final String TEMPLATE = "confidence";

    private final TemplateLibrary library;
    private final TemplateRunner runner;

    ConfidenceSection(TemplateLibrary library, TemplateRunner runner) {
        this.library = library;
        this.runner = runner;
    }

    /** The section for {@code iri}, or "" when the template is not served or gives no score (neither an event nor an actor). */
    String render(String iri) {
        QueryTemplate t;
        try {
            t = library.get(TEMPLATE);
        } catch (TemplateException.NotFound e) {
            return "";
        }
        ResultSet rs = runner.run(t, Map.of("node", iri));
        if (!rs.hasNext()) return "";
        QuerySolution row = rs.next();
        StringBuilder b = new StringBuilder("<h2>Confidence</h2><table class=\"confidence\"><tr><th>part</th><th>counted</th><th>points</th></tr>");
        part(b, "sources", plural(row.get("sources"), "article"), row.get("sourcePoints"));
        part(b, "outlets", plural(row.get("outlets"), "outlet"), row.get("outletPoints"));
        part(b, "extraction cues", text(row.get("cues")), row.get("cuePoints"));
        part(b, "conflicting figures", text(row.get("conflicts")), row.get("conflictPoints"));
        b.append("<tr class=\"score\"><th>score</th><td>the sum, kept between 0 and 1</td><th>").append(Html.esc(text(row.get("confidence"))))
                .append("</th></tr></table><p class=\"note\">How each part is counted: ")
                .append(Html.link("/queries?template=" + TEMPLATE + "#" + TEMPLATE, "the confidence template")).append(".</p>");
        return b.toString();
    }

    private static void part(StringBuilder b, String name, String counted, RDFNode points) {
        b.append("<tr><td>").append(name).append("</td><td>").append(Html.esc(counted)).append("</td><td>")
                .append(Html.esc(text(points))).append("</td></tr>");
    }

    private static String plural(RDFNode n, String noun) {
        String count = text(n);
        return count + " " + noun + (count.equals("1") ? "" : "s");
    }

    private static String text(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
