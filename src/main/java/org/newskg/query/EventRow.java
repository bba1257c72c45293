package org.newskg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * One event's details as {@link EventTable} reads them, gathered row by row and written as one line:
 * where articles disagree, the earliest date, the highest toll and every place are given.
 */
final class EventRow {
    private static final List<String> PRECISIONS = List.of("day", "week", "month", "year");

    private final String iri;
    private final Map<String, TreeSet<String>> values = new TreeMap<>();
    /** Actor IRIs by part, and each actor's name. */
    private final Map<String, TreeSet<String>> parts = new TreeMap<>();
    private final Map<String, String> names = new TreeMap<>();
    private final Map<String, String> placeNames = new TreeMap<>();
    /** Each source URL with its article's date. */
    private final TreeMap<String, String> sourcesByDate = new TreeMap<>();

    EventRow(String iri) {
        this.iri = iri;
    }

    void add(String detail, RDFNode value, RDFNode extra) {
        String v = value.isLiteral() ? value.asLiteral().getLexicalForm() : value.asResource().getURI();
        String x = extra == null ? null : extra.isLiteral() ? extra.asLiteral().getLexicalForm() : extra.toString();
        switch (detail) {
            case "participant", "attacker", "proposedBy", "acceptedBy", "rejectedBy" -> {
                parts.computeIfAbsent(detail, d -> new TreeSet<>()).add(v);
                if (x != null) names.merge(v, x, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            case "place" -> {
                values.computeIfAbsent(detail, d -> new TreeSet<>()).add(v);
                if (x != null) placeNames.merge(v, x, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            // Sorted by article date, then URL: the first and last report (undated articles last).
            case "source" -> sourcesByDate.put((x == null ? "~" : x) + " " + v, v);
            default -> values.computeIfAbsent(detail, d -> new TreeSet<>()).add(v);
        }
    }

    /** The cells in {@link EventTable#COLUMNS} order. */
    List<String> cells() {
        String cls = local(first("class"), "#");
        List<String> actor1;
        List<String> actor2 = new ArrayList<>();
        switch (cls) {
            case "Attack" -> {
                actor1 = named("attacker");
                actor2.addAll(named("participant"));
            }
            case "Negotiation" -> {
                actor1 = named("proposedBy");
                for (String part : List.of("acceptedBy", "rejectedBy", "participant")) {
                    for (String a : named(part)) if (!actor1.contains(a) && !actor2.contains(a)) actor2.add(a);
                }
            }
            default -> {
                List<String> all = named("participant");
                actor1 = all.isEmpty() ? List.of() : List.of(all.get(0));
                if (all.size() > 1) actor2.addAll(all.subList(1, all.size()));
            }
        }
        String[] point = point(first("point"));
        List<String> places = new ArrayList<>();
        for (String p : values.getOrDefault("place", new TreeSet<>())) places.add(placeNames.getOrDefault(p, p));
        return List.of(iri, nz(first("date")), precision(), cls, join("kind", "/kind/"), join("cameo", null),
                join("ploverType", null), join("ploverMode", null), String.join("; ", actor1), String.join("; ", actor2),
                String.join(" / ", places), join("country", null), point[0], point[1], highest("killed"), highest("injured"),
                nz(first("sources")), nz(first("outlets")),
                sourcesByDate.isEmpty() ? "" : sourcesByDate.firstEntry().getValue(),
                sourcesByDate.isEmpty() ? "" : sourcesByDate.lastEntry().getValue());
    }

    /** The names of the actors in one part, sorted by name. */
    private List<String> named(String part) {
        List<String> out = new ArrayList<>();
        for (String a : parts.getOrDefault(part, new TreeSet<>())) out.add(names.getOrDefault(a, a));
        out.sort(null);
        return out;
    }

    /** The coarsest precision any article gives the date ("day" when none says). */
    private String precision() {
        if (first("date") == null) return "";
        int coarsest = 0;
        for (String p : values.getOrDefault("precision", new TreeSet<>())) coarsest = Math.max(coarsest, PRECISIONS.indexOf(p));
        return PRECISIONS.get(coarsest);
    }

    private String highest(String detail) {
        return values.getOrDefault(detail, new TreeSet<>()).stream().mapToLong(Long::parseLong).max().stream()
                .mapToObj(Long::toString).findFirst().orElse("");
    }

    /** "POINT(lon lat)" as {lat, lon}. */
    private static String[] point(String wkt) {
        if (wkt == null || !wkt.startsWith("POINT(")) return new String[] {"", ""};
        String[] lonLat = wkt.substring("POINT(".length(), wkt.length() - 1).trim().split("\\s+");
        return lonLat.length == 2 ? new String[] {lonLat[1], lonLat[0]} : new String[] {"", ""};
    }

    private String join(String detail, String localAfter) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(detail, new TreeSet<>())) out.add(localAfter == null ? v : local(v, localAfter));
        return String.join("; ", out);
    }

    private String first(String detail) {
        TreeSet<String> v = values.get(detail);
        return v == null || v.isEmpty() ? null : v.first();
    }

    private static String local(String iri, String after) {
        if (iri == null) return "";
        int i = iri.lastIndexOf(after);
        return i < 0 ? iri : iri.substring(i + after.length());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
