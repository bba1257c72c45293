package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials come from a file or the environment, so that no password need appear in the process list. */
class CredentialsTest {
    @TempDir
    Path dir;

    @Test
    void aFileGivesItsFirstLineAndTheEnvironmentIsTheFallback() throws Exception {
        Path file = Files.writeString(dir.resolve("auth"), "editor:pa:ss word\nignored:line\n");
        assertEquals(new Credentials("editor", "pa:ss word"), Credentials.resolve(null, file, Map.of()));
        assertEquals(new Credentials("reader", "x"), Credentials.resolve(null, null, Map.of(Credentials.ENV, "reader:x")));
        assertEquals(new Credentials("editor", "pa:ss word"), Credentials.resolve(null, file, Map.of(Credentials.ENV, "reader:x")),
                "an option given wins over the environment");
        assertEquals(new Credentials("cli", "y"), Credentials.resolve("cli:y", null, Map.of(Credentials.ENV, "reader:x")));
        assertNull(Credentials.resolve(null, null, Map.of()));
    }

    @Test
    void aBadSourceIsNamedInTheError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        Path noColon = Files.writeString(dir.resolve("nocolon"), "editor\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Credentials.resolve(null, empty, Map.of())).getMessage().contains("empty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Credentials.resolve(null, noColon, Map.of())).getMessage()
                .contains("--auth-file " + noColon + " must be USER:PASSWORD"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Credentials.resolve(null, dir.resolve("absent"), Map.of())).getMessage()
                .contains("cannot read"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Credentials.resolve(null, null, Map.of(Credentials.ENV, ":x"))).getMessage()
                .contains(Credentials.ENV));
        assertThrows(IllegalArgumentException.class, () -> Credentials.resolve("a:b", empty, Map.of()), "both options at once");
    }

    @Test
    void onlyAPasswordOnTheCommandLineEarnsTheProcessListWarning() {
        assertTrue(Credentials.processListWarning("editor:s3cret").contains("--auth-file"));
        assertNull(Credentials.processListWarning(null));
    }
}
