package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextLinesTest {
    @TempDir
    Path dir;

    @Test
    void numbersLinesAndSkipsOneLongerThanTheLimitWithoutHoldingIt() throws IOException {
        Path f = Files.writeString(dir.resolve("a.jsonl"), "first\r\n" + "x".repeat(100) + "\n\nlast");
        try (TextLines lines = TextLines.open(f, 50)) {
            assertEquals(new TextLines.Line(1, "first", 6), lines.next());
            assertEquals(new TextLines.Line(2, null, 100), lines.next());
            assertEquals(new TextLines.Line(3, "", 0), lines.next());
            assertEquals(new TextLines.Line(4, "last", 4), lines.next());
            assertNull(lines.next());
        }
    }

    @Test
    void readsTheEncodingTheHeadShows() throws IOException {
        Path f = Files.write(dir.resolve("u16.jsonl"), "{\"title\":\"Zürich\"}\n{}".getBytes(StandardCharsets.UTF_16LE));
        try (TextLines lines = TextLines.open(f, 1000)) {
            assertEquals("{\"title\":\"Zürich\"}", lines.next().text());
            assertEquals("{}", lines.next().text());
        }
    }

    @Test
    void refusesBinaryAndEmptyFilesNamingThem() throws IOException {
        Path gz = Files.write(dir.resolve("a.jsonl"), new byte[] {(byte) 0x1f, (byte) 0x8b, 8, 0});
        assertEquals(gz + ": binary file (gzip-compressed data), not text", assertThrows(IngestException.class, () -> TextLines.open(gz, 10)).getMessage());
        Path empty = Files.write(dir.resolve("b.jsonl"), new byte[0]);
        assertEquals(empty + ": empty file", assertThrows(IngestException.class, () -> TextLines.open(empty, 10)).getMessage());
    }
}
