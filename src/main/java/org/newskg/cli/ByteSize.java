package org.newskg.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size on the command line: bytes, or a number with K, M or G (binary multiples), e.g. {@code 64M}. */
final class ByteSize implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT).replaceFirst("I?B$", "");
        int shift = v.endsWith("K") ? 10 : v.endsWith("M") ? 20 : v.endsWith("G") ? 30 : 0;
        String digits = shift == 0 ? v : v.substring(0, v.length() - 1);
        try {
            long n = Long.parseLong(digits.strip());
            if (n < 1 || n > (Long.MAX_VALUE >> shift)) throw new NumberFormatException();
            return n << shift;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected a positive size such as 1048576, 512K, 64M or 1G, got '" + value + "'");
        }
    }
}
