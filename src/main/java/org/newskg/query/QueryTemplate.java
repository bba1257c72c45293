package org.newskg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * One saved question: a SPARQL text with grlc decorators ({@code #+ summary:}, {@code #+ tags:},
 * {@code #+ defaults:}, {@code #+ pagination:}, ...) and BASIL-style parameters.
 *
 * @param pagination rows a page, 0 when the template is not paged; a paged template takes the
 *                   parameter {@value #PAGE}, as grlc's do
 */
public record QueryTemplate(String name, String summary, String description, List<String> tags, List<TemplateParam> params, String sparql,
        int pagination) {
    /** The parameter that picks a page of a paged template. */
    public static final String PAGE = "page";

    public QueryTemplate {
        tags = List.copyOf(tags);
        params = List.copyOf(params);
    }

    public TemplateParam param(String name) {
        for (TemplateParam p : params) if (p.name().equals(name)) return p;
        return null;
    }

    /** Reads a template's text; {@code name} is its file name without ".rq". */
    public static QueryTemplate parse(String name, String text) {
        String summary = "";
        String description = "";
        int pagination = 0;
        List<String> tags = new ArrayList<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        String section = null;
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#+")) continue;
            String body = line.substring(2).strip();
            if (body.startsWith("- ") && section != null) {
                String item = body.substring(2).strip();
                if (section.equals("tags")) tags.add(item);
                if (section.equals("defaults") && item.contains(":")) {
                    int colon = item.indexOf(':');
                    defaults.put(item.substring(0, colon).strip(), unquote(item.substring(colon + 1).strip()));
                }
                continue;
            }
            int colon = body.indexOf(':');
            if (colon < 0) continue;
            section = body.substring(0, colon).strip();
            String value = body.substring(colon + 1).strip();
            if (section.equals("summary")) summary = value;
            if (section.equals("description")) description = value;
            if (section.equals("pagination")) pagination = parsePagination(name, value);
        }
        Map<String, TemplateParam> params = new LinkedHashMap<>();
        Matcher m = TemplateParam.variablePattern().matcher(stripComments(text));
        while (m.find()) {
            TemplateParam p;
            try {
                p = TemplateParam.fromVariable(m.group(), null);
            } catch (IllegalArgumentException e) {
                throw new TemplateException("template " + name + ": " + e.getMessage());
            }
            if (p != null && !params.containsKey(p.name())) params.put(p.name(), p.withDefault(defaults.get(p.name())));
        }
        if (pagination > 0) params.put(PAGE, new TemplateParam(PAGE, PAGE, TemplateParam.Type.INTEGER, false, "1"));
        return new QueryTemplate(name, summary, description, tags, new ArrayList<>(params.values()), text, pagination);
    }

    private static int parsePagination(String template, String value) {
        if (!value.matches("[1-9]\\d{0,3}")) {
            throw new TemplateException("template " + template + ": pagination must be a number of rows from 1 to 9999, got \"" + value + "\"");
        }
        return Integer.parseInt(value);
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** The query without comment lines, so that variables in comments are not parameters. */
    private static String stripComments(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\\R")) if (!line.stripLeading().startsWith("#")) b.append(line).append('\n');
        return b.toString();
    }
}
