package org.newskg.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text file read line by line in bounded memory, for JSON Lines of any size: the encoding is
 * sniffed from the file's head ({@link TextDecoder#sniff}), and a line longer than the limit is
 * skipped and reported by its length, never held whole.
 */
public final class TextLines implements Closeable {
    /** Bytes of the head the encoding is judged from. */
    private static final int HEAD = 64 * 1024;

    /** One line: its number (from 1) and text, or {@code text == null} when it exceeded the limit. */
    public record Line(int number, String text, long length) {}

    private final Reader in;
    private final long maxChars;
    private final String location;
    private final String charset;
    private final char[] buffer = new char[8192];
    private int pos;
    private int limit;
    private int number;
    private boolean ended;

    private TextLines(Reader in, long maxChars, String location, String charset) {
        this.in = in;
        this.maxChars = maxChars;
        this.location = location;
        this.charset = charset;
    }

    /**
     * Opens {@code file}; lines longer than {@code maxChars} characters come back without text.
     *
     * @throws IngestException naming the file when it is empty or not text
     */
    public static TextLines open(Path file, long maxChars) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), HEAD);
        try {
            raw.mark(HEAD);
            byte[] head = raw.readNBytes(HEAD);
            raw.reset();
            TextDecoder.Encoding e = TextDecoder.sniff(head, head.length, file.toString());
            raw.skipNBytes(e.bomLength());
            var decoder = e.charset().newDecoder()
                    .onMalformedInput(e.strict() ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new TextLines(new InputStreamReader(raw, decoder), maxChars, file.toString(), e.charset().name());
        } catch (IOException | RuntimeException x) {
            raw.close();
            throw x;
        }
    }

    /**
     * The next line, or null at the end of the file.
     *
     * @throws IngestException naming the file and line when a byte-order mark promised an encoding the bytes break
     */
    public Line next() throws IOException {
        if (ended) return null;
        StringBuilder b = new StringBuilder();
        long length = 0;
        int c;
        while ((c = read()) != -1 && c != '\n') {
            length++;
            if (length <= maxChars) b.append((char) c);
        }
        if (c == -1) {
            ended = true;
            if (length == 0) return null;
        }
        number++;
        if (length > maxChars) return new Line(number, null, length);
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == '\r') b.setLength(end - 1);
        return new Line(number, b.toString(), length);
    }

    private int read() throws IOException {
        if (pos == limit) {
            try {
                limit = in.read(buffer);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IngestException(location + ":" + (number + 1),
                        "declares " + charset + " by its byte-order mark but is not valid " + charset);
            }
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[pos++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
