package org.newskg.query;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template parameter, read from its BASIL variable as grlc reads it: {@code ?_person_iri} is the
 * required IRI parameter "person", {@code ?__from_xsd_date} (or {@code ?__from_date}) the optional
 * xsd:date parameter "from", {@code ?_topic} a required string.
 *
 * @param variable the query variable, without "?"
 * @param type     "iri", "string", or an XSD datatype's local name ("date", "integer", "decimal")
 */
public record TemplateParam(String name, String variable, String type, boolean required, String defaultValue) {
    private static final Pattern VARIABLE = Pattern.compile("\\?(__?)([A-Za-z][A-Za-z0-9]*)((?:_[A-Za-z0-9]+)*)");

    /** The parameter a variable declares, or null when the variable is not a parameter. */
    static TemplateParam fromVariable(String text, String defaultValue) {
        Matcher m = VARIABLE.matcher(text);
        if (!m.matches()) return null;
        String suffix = m.group(3).toLowerCase(Locale.ROOT);
        String type = "string";
        if (suffix.equals("_iri")) type = "iri";
        else if (suffix.startsWith("_xsd_")) type = suffix.substring(5);
        else if (suffix.matches("_(date|datetime|integer|decimal|boolean)")) type = suffix.substring(1);
        else if (suffix.equals("_number")) type = "decimal";
        // An unknown suffix (a language tag, say) stays part of the name, as a plain string parameter.
        String name = type.equals("string") ? m.group(2) + m.group(3) : m.group(2);
        return new TemplateParam(name, text.substring(1), type, m.group(1).length() == 1, defaultValue);
    }

    static Pattern variablePattern() {
        return VARIABLE;
    }

    public TemplateParam withDefault(String value) {
        return new TemplateParam(name, variable, type, required, value);
    }
}
