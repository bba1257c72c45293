package org.newskg.cli;

/** HTTP Basic credentials given as {@code USER:PASSWORD} on the command line. */
record Credentials(String user, String password) {
    /** Parses {@code USER:PASSWORD}; null for null; an error naming the option for anything else. */
    static Credentials parse(String option, String value) {
        if (value == null) return null;
        int colon = value.indexOf(':');
        if (colon < 1 || colon == value.length() - 1) throw new IllegalArgumentException(option + " must be USER:PASSWORD");
        return new Credentials(value.substring(0, colon), value.substring(colon + 1));
    }
}
