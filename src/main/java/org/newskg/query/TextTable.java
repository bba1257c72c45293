package org.newskg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.id.Iris;

/**
 * Rows as a table a person reads in a terminal: names rather than IRIs (a label when one is known,
 * else the IRI's path below {@code /id/}), values as written (dates as yyyy-mm-dd, numbers plain, no
 * datatypes), and columns narrowed, widest first, until the table fits the width, cut cells ending in "…".
 */
public final class TextTable {
    /** The narrowest a column is made. */
    private static final int MIN_COLUMN = 8;
    /** Columns this narrow are kept whole while wider ones can give room. */
    private static final int KEEP = 12;
    private static final String GAP = "  ";

    private TextTable() {}

    /**
     * The table of {@code rows} within {@code width} characters; {@code labels} gives the name of one
     * of our IRIs, or null when it knows none.
     */
    public static String render(ResultSet rows, int width, Function<String, String> labels) {
        List<String> vars = rows.getResultVars();
        List<String[]> cells = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String[] line = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) line[i] = text(row.get(vars.get(i)), labels);
            cells.add(line);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = vars.get(i).length();
            for (String[] line : cells) widths[i] = Math.max(widths[i], line[i].length());
        }
        fit(widths, width - GAP.length() * Math.max(0, widths.length - 1));
        StringBuilder b = new StringBuilder();
        line(b, vars.toArray(String[]::new), widths);
        String[] rules = new String[widths.length];
        for (int i = 0; i < widths.length; i++) rules[i] = "-".repeat(widths[i]);
        line(b, rules, widths);
        for (String[] line : cells) line(b, line, widths);
        b.append(cells.size()).append(cells.size() == 1 ? " row\n" : " rows\n");
        return b.toString();
    }

    /**
     * Narrows the widest column by one until the widths fit {@code room}: first only columns wider
     * than {@link #KEEP} (a date, a figure, a short name stay whole), then any down to {@link #MIN_COLUMN}.
     */
    static void fit(int[] widths, int room) {
        for (int floor : new int[] {KEEP, MIN_COLUMN}) {
            while (java.util.Arrays.stream(widths).sum() > room) {
                int widest = 0;
                for (int i = 1; i < widths.length; i++) if (widths[i] > widths[widest]) widest = i;
                if (widths[widest] <= floor) break;
                widths[widest]--;
            }
        }
    }

    private static void line(StringBuilder b, String[] values, int[] widths) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) l.append(GAP);
            String v = values[i].length() > widths[i] ? values[i].substring(0, widths[i] - 1) + "…" : values[i];
            l.append(v).append(" ".repeat(widths[i] - v.length()));
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    /** A value as a person writes it. */
    static String text(RDFNode n, Function<String, String> labels) {
        if (n == null) return "";
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            String lexical = l.getLexicalForm().replaceAll("\\s+", " ");
            if (l.getValue() instanceof Double || l.getValue() instanceof Float) {
                return java.math.BigDecimal.valueOf(((Number) l.getValue()).doubleValue()).stripTrailingZeros().toPlainString();
            }
            return lexical;
        }
        if (!n.isURIResource()) return "_:" + n;
        String iri = n.asResource().getURI();
        String label = labels.apply(iri);
        if (label != null) return label;
        return iri.startsWith(Iris.BASE) ? iri.substring(Iris.BASE.length()) : iri;
    }
}
