package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or says why they are not text.
 * UTF-8 (with or without BOM) and UTF-16 with a BOM, or without one when (nearly) every other byte is zero;
 * bytes that are not UTF-8 but look like text are read as Windows-1252, the usual legacy web encoding.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Known binary signatures, checked before anything else so the reason can name the format. */
    private static final Object[][] MAGIC = {
        {new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image"},
        {new byte[] {(byte) 0x1f, (byte) 0x8b}, "gzip-compressed data"},
        {new byte[] {'P', 'K', 3, 4}, "a ZIP archive"},
        {new byte[] {'%', 'P', 'D', 'F'}, "a PDF document"},
        {new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe}, "a Java class file"},
        {new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, "a JPEG image"},
        {new byte[] {'G', 'I', 'F', '8'}, "a GIF image"},
        {new byte[] {'B', 'Z', 'h'}, "bzip2-compressed data"},
        {new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z'}, "xz-compressed data"},
        {new byte[] {0x7f, 'E', 'L', 'F'}, "an ELF executable"},
    };

    private TextDecoder() {}

    /** A file's text encoding, and how many bytes of byte-order mark to skip. */
    public record Encoding(Charset charset, int bomLength, boolean strict) {}

    /**
     * Decodes {@code bytes}, read from {@code location}.
     *
     * @throws IngestException naming the location when the bytes are empty or not text
     */
    public static String decode(byte[] bytes, String location) {
        Encoding e = sniff(bytes, bytes.length, location);
        if (e.strict()) {
            return strict(e.charset(), bytes, e.bomLength(), location);
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException x) {
            // Not UTF-8, yet free of control bytes: legacy single-byte text, almost always Windows-1252.
            return new String(bytes, WINDOWS_1252);
        }
    }

    /**
     * The encoding of a file from its first {@code length} bytes (the whole file, or a head of it
     * for reading line by line): a byte-order mark, UTF-16's zero bytes, UTF-8 when the head is
     * valid UTF-8 (not strict: a later invalid byte is replaced), else Windows-1252.
     *
     * @throws IngestException naming the location when the bytes are empty or not text
     */
    public static Encoding sniff(byte[] head, int length, String location) {
        byte[] bytes = length == head.length ? head : java.util.Arrays.copyOf(head, length);
        if (bytes.length == 0) {
            throw new IngestException(location, "empty file");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Encoding(StandardCharsets.UTF_8, 3, true);
        if (startsWith(bytes, 0xFF, 0xFE)) return new Encoding(StandardCharsets.UTF_16LE, 2, true);
        if (startsWith(bytes, 0xFE, 0xFF)) return new Encoding(StandardCharsets.UTF_16BE, 2, true);
        for (Object[] magic : MAGIC) {
            byte[] sig = (byte[]) magic[0];
            if (bytes.length >= sig.length && java.util.Arrays.equals(bytes, 0, sig.length, sig, 0, sig.length)) {
                throw new IngestException(location, "binary file (" + magic[1] + "), not text");
            }
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) return new Encoding(utf16, 0, true);
        if (controlRatio(bytes) > 0.01) {
            throw new IngestException(location, "binary file (control bytes), not text");
        }
        return new Encoding(validUtf8Prefix(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0, false);
    }

    /** True when the bytes are UTF-8, allowing a character cut off at the end of a head. */
    private static boolean validUtf8Prefix(byte[] bytes) {
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        return !decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes), out, false).isError();
    }

    private static String strict(Charset cs, byte[] bytes, int skip, String location) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(location, "declares " + cs.name() + " by its byte-order mark but is not valid " + cs.name());
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** UTF-16 without a BOM shows as zero bytes in every odd (LE) or even (BE) position. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        // A few zeros on the other side are characters such as U+0100 or U+4E00, not noise.
        if (oddZero > pairs * 0.6 && evenZero <= pairs * 0.02) return StandardCharsets.UTF_16LE;
        if (evenZero > pairs * 0.6 && oddZero <= pairs * 0.02) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Share of bytes that never occur in text: NUL and C0 controls other than tab, CR, LF, FF. */
    private static double controlRatio(byte[] bytes) {
        int n = Math.min(bytes.length, 65536);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') bad++;
        }
        return bad / (double) n;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }
}
