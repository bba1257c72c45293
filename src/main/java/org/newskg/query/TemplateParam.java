package org.newskg.query;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template parameter, read from its BASIL variable as grlc reads it: {@code ?_person_iri} is the
 * required IRI parameter "person", {@code ?__from_xsd_date} (or {@code ?__from_date}) the optional
 * xsd:date parameter "from", {@code ?_topic} a required string. Two suffixes are newskg's own, for the
 * search index: {@code ?_words_text} takes words that must all occur, {@code ?_name_prefix} words that
 * start words of a name (both bound as a search-index query, see {@link SearchWords}).
 *
 * @param variable the query variable, without "?"
 * @param type     what the value is bound as
 */
public record TemplateParam(String name, String variable, Type type, boolean required, String defaultValue) {
    /**
     * What a parameter's value is bound as: an IRI (or a name that labels one), a plain string, an
     * XSD-typed literal, or a search-index query made from words.
     */
    public enum Type {
        IRI, STRING, DATE, DATETIME, INTEGER, DECIMAL, BOOLEAN, TEXT, PREFIX;

        /** The name templates, the API and the console use: "iri", "string", "date", ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type a variable suffix's XSD local name (lower case) stands for, or null when newskg binds no such type. */
        static Type ofXsd(String localName) {
            for (Type t : values()) {
                if (t != IRI && t != STRING && t != TEXT && t != PREFIX && t.label().equals(localName)) return t;
            }
            return null;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\?(__?)([A-Za-z][A-Za-z0-9]*)((?:_[A-Za-z0-9]+)*)");

    /**
     * The parameter a variable declares, or null when the variable is not a parameter.
     *
     * @throws IllegalArgumentException when the variable names an XSD type that is not bound here
     */
    static TemplateParam fromVariable(String text, String defaultValue) {
        Matcher m = VARIABLE.matcher(text);
        if (!m.matches()) return null;
        String suffix = m.group(3).toLowerCase(Locale.ROOT);
        Type type = Type.STRING;
        if (suffix.equals("_iri")) {
            type = Type.IRI;
        } else if (suffix.startsWith("_xsd_")) {
            type = Type.ofXsd(suffix.substring(5));
            if (type == null) {
                throw new IllegalArgumentException("?" + text.substring(1) + " names xsd:" + suffix.substring(5)
                        + ", which templates do not take (date, datetime, integer, decimal, boolean)");
            }
        } else if (suffix.matches("_(date|datetime|integer|decimal|boolean)")) {
            type = Type.ofXsd(suffix.substring(1));
        } else if (suffix.equals("_text")) {
            type = Type.TEXT;
        } else if (suffix.equals("_prefix")) {
            type = Type.PREFIX;
        } else if (suffix.equals("_number")) {
            type = Type.DECIMAL;
        }
        // An unknown suffix (a language tag, say) stays part of the name, as a plain string parameter.
        String name = type == Type.STRING ? m.group(2) + m.group(3) : m.group(2);
        return new TemplateParam(name, text.substring(1), type, m.group(1).length() == 1, defaultValue);
    }

    static Pattern variablePattern() {
        return VARIABLE;
    }

    public TemplateParam withDefault(String value) {
        return new TemplateParam(name, variable, type, required, value);
    }
}
