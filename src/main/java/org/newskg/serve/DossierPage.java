package org.newskg.serve;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.id.Iris;
import org.newskg.rdf.NKG;

/**
 * An entity's page for a person reading it: a title that says what it is ("Meeting - Montevideo -
 * 11 Mar 2025", a person's name and latest role), its facts in a fixed order under readable names,
 * linked things by their names, and below, what {@link DossierReads} gathers (an actor's events and
 * whom it is mentioned with, an article's text with each evidence sentence marked and linked to what
 * it supports), its evidence and what links to it.
 */
final class DossierPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final List<Resource> EVENT_KINDS = List.of(NKG.Meeting, NKG.Attack, NKG.Negotiation);
    private static final List<Resource> ACTOR_KINDS = List.of(NKG.Person, NKG.Country, NKG.Organization);
    /** Values of one fact shown: a country is mentioned in thousands of articles. */
    private static final int SHOWN = 20;

    private DossierPage() {}

    /** The page of {@code r}, described in {@code m}, with the extra reads {@code more} and the confidence section (HTML). */
    static String render(Model m, Resource r, DossierReads.Extra more, String confidence, String self, int page, boolean morePages) {
        StringBuilder b = new StringBuilder("<p class=\"iri\"><code>").append(Html.esc(r.getURI())).append("</code> ")
                .append(kinds(r)).append("</p>");
        b.append("<table class=\"facts\">");
        for (FactNames.Fact f : FactNames.get().facts(r)) {
            b.append("<tr><th>").append(Html.esc(f.name())).append("</th><td>");
            List<String> values = new ArrayList<>();
            for (RDFNode v : f.values().subList(0, Math.min(f.values().size(), SHOWN))) values.add(value(m, v));
            b.append(String.join(", ", values));
            if (f.values().size() > SHOWN) b.append(" and ").append(f.values().size() - SHOWN).append(" more");
            b.append("</td></tr>");
        }
        b.append("</table>").append(confidence);
        if (more.articleText() != null) b.append("<h2>Text</h2><div class=\"article-text\">").append(more.articleText()).append("</div>");
        if (!more.events().isEmpty()) {
            b.append("<h2>Events</h2><table class=\"events\"><tr><th>date</th><th>kind</th><th>place</th><th>part</th></tr>");
            for (DossierReads.EventRow e : more.events()) {
                b.append("<tr><td>").append(Html.esc(e.date() == null ? "undated" : date(e.date(), null))).append("</td><td>")
                        .append(Html.link(EntityServlet.localPath(e.iri()), e.kind())).append("</td><td>").append(Html.esc(e.place()))
                        .append("</td><td>").append(Html.esc(e.part())).append("</td></tr>");
            }
            b.append("</table>");
            if (more.events().size() >= DossierReads.LIMIT) {
                b.append("<p>").append(Html.link("/queries?template=events-of-actor&actor=" + java.net.URLEncoder.encode(r.getURI(),
                        java.nio.charset.StandardCharsets.UTF_8) + "#events-of-actor", "All events, 100 a page")).append("</p>");
            }
        }
        if (!more.mentionedWith().isEmpty()) {
            b.append("<h2>Mentioned with</h2><p class=\"note\">In the same articles, of its ").append(DossierReads.LIMIT)
                    .append(" newest.</p><ul class=\"mentioned-with\">");
            for (DossierReads.Named n : more.mentionedWith()) {
                b.append("<li>").append(Html.link(EntityServlet.localPath(n.iri()), n.name())).append(" (").append(n.count())
                        .append(n.count() == 1 ? " article" : " articles").append(")</li>");
            }
            b.append("</ul>");
        }
        List<Statement> evidence = r.listProperties(NKG.evidence).toList();
        if (!evidence.isEmpty()) {
            b.append("<h2>Evidence</h2><ul class=\"evidence\">");
            for (Statement s : evidence) {
                Resource ev = s.getResource();
                b.append("<li>“").append(Html.esc(ev.hasProperty(NKG.sentence) ? ev.getProperty(NKG.sentence).getString() : "")).append("”");
                Resource article = ev.getPropertyResourceValue(NKG.source);
                if (article != null) b.append(" — ").append(value(m, article));
                b.append("</li>");
            }
            b.append("</ul>");
        }
        // The statistics graph's own nodes (pairs, days) are bookkeeping, not links a reader follows.
        List<Statement> incoming = m.listStatements(null, null, r).toList().stream()
                .filter(s -> !s.getSubject().isURIResource() || !s.getSubject().getURI().startsWith(Iris.BASE + "statistics")).toList();
        if (!incoming.isEmpty()) {
            b.append("<h2>Linked from</h2><ul class=\"incoming\">");
            for (Statement s : incoming) {
                b.append("<li>").append(value(m, s.getSubject())).append(" ")
                        .append(Html.esc(FactNames.get().name(s.getPredicate()))).append("</li>");
            }
            b.append("</ul>");
        }
        if (page > 1 || morePages) {
            b.append("<p class=\"pages\">");
            if (page > 1) b.append(Html.link(self + "?page=" + (page - 1), "previous")).append(" ");
            b.append("page ").append(page);
            if (morePages) b.append(" ").append(Html.link(self + "?page=" + (page + 1), "next"));
            b.append("</p>");
        }
        return Html.page(title(m, r, more), b.toString());
    }

    /**
     * What the thing is, in words: an event's kind, place and date ("Meeting - Montevideo - 11 Mar
     * 2025"), a person's name and latest role, an article's title, else its name or IRI.
     */
    static String title(Model m, Resource r, DossierReads.Extra more) {
        for (Resource kind : EVENT_KINDS) {
            if (!r.hasProperty(RDF.type, kind)) continue;
            List<String> parts = new ArrayList<>(List.of(kind.getLocalName()));
            Resource place = r.getPropertyResourceValue(NKG.place);
            if (place != null) parts.add(name(place));
            LocalDate earliest = r.listProperties(NKG.date).toList().stream().map(Statement::getLiteral).map(DossierPage::day)
                    .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            String precision = r.hasProperty(NKG.datePrecision) ? r.getProperty(NKG.datePrecision).getString() : null;
            if (earliest != null) parts.add(date(earliest, precision));
            return String.join(" - ", parts);
        }
        if (r.hasProperty(DCTerms.title)) return r.getProperty(DCTerms.title).getString();
        String name = name(r);
        return more.latestRole() != null ? name + ", " + more.latestRole() : name;
    }

    static boolean isActor(Resource r) {
        return ACTOR_KINDS.stream().anyMatch(k -> r.hasProperty(RDF.type, k));
    }

    /** A date as people write it, as precisely as it is known: "11 Mar 2025", "week of 2 Jun 2025", "Jun 2025", "2025". */
    static String date(LocalDate d, String precision) {
        if (precision == null || precision.equals("day")) return DAY.format(d);
        return switch (precision) {
            case "week" -> "week of " + DAY.format(d);
            case "month" -> MONTH.format(d);
            case "year" -> String.valueOf(d.getYear());
            default -> DAY.format(d);
        };
    }

    private static LocalDate day(Literal l) {
        return day(l.getLexicalForm());
    }

    /** The day a date's text starts with (yyyy-mm-dd), or null. */
    static LocalDate day(String lexical) {
        try {
            return LocalDate.parse(lexical.substring(0, Math.min(10, lexical.length())));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String name(Resource r) {
        if (r.hasProperty(RDFS.label)) return r.getProperty(RDFS.label).getString();
        if (r.hasProperty(DCTerms.title)) return r.getProperty(DCTerms.title).getString();
        return r.getURI() == null ? "" : r.getURI();
    }

    private static String kinds(Resource r) {
        List<String> names = r.listProperties(RDF.type).toList().stream().map(Statement::getResource)
                .filter(t -> t.getURI() != null && t.getURI().startsWith(NKG.NS)).map(Resource::getLocalName).sorted().toList();
        return names.isEmpty() ? "" : "<span class=\"kinds\">" + Html.esc(String.join(", ", names)) + "</span>";
    }

    /** A value: a linked thing by its name, a date as people write it, other literals as they are. */
    private static String value(Model m, RDFNode node) {
        if (node.isLiteral()) {
            Literal l = node.asLiteral();
            LocalDate d = "http://www.w3.org/2001/XMLSchema#date".equals(l.getDatatypeURI()) ? day(l) : null;
            return Html.esc(d != null ? date(d, null) : l.getLexicalForm());
        }
        if (!node.isURIResource()) return "";
        Resource o = node.asResource();
        String local = EntityServlet.localPath(o.getURI());
        String kind = Iris.kindOf(o.getURI());
        String shown = m.contains(o, RDFS.label) || m.contains(o, DCTerms.title) ? name(o)
                : "event".equals(kind) ? eventKind(o.getURI()) : m.shortForm(o.getURI());
        return Html.link(local != null ? local : o.getURI(), shown);
    }

    /** "Meeting" for .../id/event/meeting/..., the kind its IRI names. */
    private static String eventKind(String iri) {
        String[] path = iri.substring(Iris.BASE.length()).split("/");
        return path.length > 1 && !path[1].isEmpty() ? Character.toUpperCase(path[1].charAt(0)) + path[1].substring(1) : iri;
    }
}
