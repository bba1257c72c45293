package org.newskg;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * Names in any script read in plain Latin letters, for keys and IRIs (labels keep the name as
 * written). ICU4J's {@code Any-Latin; Latin-ASCII} does the reading: Cyrillic, Greek, Arabic, Han
 * (as pinyin) and the other scripts it knows, and Latin letters without a decomposition
 * (ł, ø, ß, đ) that stripping accents alone would drop.
 */
public final class Latin {
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Latin() {}

    /** {@code s} in NFC, read in ASCII where it is not ASCII already. */
    public static String ascii(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (isAscii(nfc)) return nfc;
        // ICU transliterators keep state while they run; one at a time is cheap next to the rest of resolution.
        synchronized (TO_ASCII) {
            return TO_ASCII.transliterate(nfc);
        }
    }

    /** Whether {@code s} has a letter or digit of a script other than Latin (Cyrillic, Han...). */
    public static boolean hasOtherScript(String s) {
        return s.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) && !isLatinOrCommon(c));
    }

    /** Whether a code point belongs to the Latin script or to none in particular (digits, punctuation, marks). */
    public static boolean isLatinOrCommon(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                || script == Character.UnicodeScript.INHERITED;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7e) return false;
        return true;
    }
}
