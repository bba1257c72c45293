package org.newskg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * A user's words as a query for the store's search index. The words are never read as Lucene's
 * query syntax: each is escaped, and all of them are required, so "drone strike mosque" finds the
 * sentences that have all three (in any form the index folds together: "strikes", "Mosque").
 */
public final class SearchWords {
    /** What the index cuts words at: anything but letters, digits and the apostrophe inside a name. */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}']+");

    private SearchWords() {
    }

    /** Every word required; empty when there is no word. */
    public static String allOf(String text) {
        return String.join(" AND ", words(text, ""));
    }

    /** Every word required as the start of a word ("villacr" finds "Villacrés"); empty when there is no word. */
    public static String prefixesOf(String text) {
        return String.join(" AND ", words(text, "*"));
    }

    private static List<String> words(String text, String suffix) {
        List<String> out = new ArrayList<>();
        for (String w : SEPARATORS.split(text.strip())) {
            // Lower case: the index folds case anyway, and Lucene's operators AND, OR, NOT are upper case.
            String word = w.replaceAll("^'+|'+$", "").toLowerCase(java.util.Locale.ROOT);
            if (!word.isEmpty()) out.add(QueryParserBase.escape(word) + suffix);
        }
        return out;
    }
}
