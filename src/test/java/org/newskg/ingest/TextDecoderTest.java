package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "Ministers met in Zürich — “talks”.";

    @Test
    void decodesUtf8WithAndWithoutBom() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertEquals(TEXT, TextDecoder.decode(plain, "a.txt"));
        assertEquals(TEXT, TextDecoder.decode(bom, "a.txt"));
    }

    @Test
    void decodesUtf16WithBomInBothByteOrders() {
        assertEquals(TEXT, TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)), "le.txt"));
        assertEquals(TEXT, TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)), "be.txt"));
    }

    @Test
    void decodesUtf16WithoutBomFromItsZeroBytes() {
        String ascii = "Talks resumed in Geneva on Tuesday.";
        assertEquals(ascii, TextDecoder.decode(ascii.getBytes(StandardCharsets.UTF_16LE), "le.txt"));
        assertEquals(ascii, TextDecoder.decode(ascii.getBytes(StandardCharsets.UTF_16BE), "be.txt"));
    }

    @Test
    void decodesUtf16WithoutBomDespiteACharacterWithAZeroLowByte() {
        String text = "Talks resumed in Geneva on Tuesday, said the envoy of \u0100dam, and went on into the night.";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE), "le.txt"));
    }

    @Test
    void readsLegacyTextAsWindows1252() {
        String legacy = "Caf\u00e9 talks \u2013 \u201cprogress\u201d";
        assertEquals(legacy, TextDecoder.decode(legacy.getBytes(Charset.forName("windows-1252")), "old.txt"));
    }

    @Test
    void rejectsEmptyFileNamingIt() {
        IngestException e = assertThrows(IngestException.class, () -> TextDecoder.decode(new byte[0], "dir/empty.txt"));
        assertEquals("dir/empty.txt: empty file", e.getMessage());
    }

    @Test
    void rejectsBinaryFormatsByName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        byte[] gzip = {(byte) 0x1f, (byte) 0x8b, 8, 0, 0, 0};
        byte[] clazz = {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 61};
        assertTrue(TextDecoder.decode(ascii(), "ok.txt").startsWith("plain"));
        assertTrue(assertThrows(IngestException.class, () -> TextDecoder.decode(png, "x.txt")).reason().contains("PNG"));
        assertTrue(assertThrows(IngestException.class, () -> TextDecoder.decode(gzip, "x.txt")).reason().contains("gzip"));
        assertTrue(assertThrows(IngestException.class, () -> TextDecoder.decode(clazz, "x.txt")).reason().contains("Java class"));
    }

    @Test
    void rejectsUnknownBinaryByItsControlBytes() {
        byte[] noise = new byte[512];
        for (int i = 0; i < noise.length; i++) noise[i] = (byte) (i * 37 % 31);
        IngestException e = assertThrows(IngestException.class, () -> TextDecoder.decode(noise, "noise.txt"));
        assertTrue(e.reason().startsWith("binary file"), e.getMessage());
    }

    private static byte[] ascii() {
        return "plain text".getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
