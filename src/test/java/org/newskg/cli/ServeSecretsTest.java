package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writable server and the ingests that feed it take their password from the environment or a file, so that
 * it shows in no process list; a password on the command line, or Basic auth in clear text to the network, is
 * warned about on start.
 */
class ServeSecretsTest {
    @TempDir
    Path dir;

    @Test
    void passwordsFromTheEnvironmentAndFilesStayOutOfTheProcessList() throws Exception {
        List<String> started = new ArrayList<>();
        Path authFile = Files.writeString(dir.resolve("editor.auth"), "editor:from-the-env\n");
        try (ServerProcess server = ServerProcess.start(dir.resolve("db"), Map.of(Credentials.ENV, "editor:from-the-env"), started,
                "--host", "0.0.0.0")) {
            String commandLine = ProcessHandle.of(server.pid()).flatMap(h -> h.info().commandLine()).orElse("");
            assertFalse(commandLine.contains("from-the-env"), commandLine);
            String printed = String.join("\n", started);
            assertTrue(printed.contains("clear text"), "Basic auth over plain HTTP to the network is warned about: " + printed);
            assertFalse(printed.contains("process list"), "no --auth, no process-list warning: " + printed);

            CliRun fromFile = CliRun.of("ingest", "--store", server.url, "--auth-file", authFile.toString(), "data/samples");
            assertEquals(0, fromFile.exitCode(), fromFile.err());
            assertTrue(fromFile.out().contains("8 added"), fromFile.out());
            assertFalse(fromFile.err().contains("process list"), fromFile.err());

            CliRun onTheCommandLine = CliRun.of("ingest", "--store", server.url, "--auth", "editor:from-the-env", "data/samples");
            assertEquals(0, onTheCommandLine.exitCode(), onTheCommandLine.err());
            assertTrue(onTheCommandLine.err().contains("process list"), onTheCommandLine.err());

            Path article = Files.writeString(dir.resolve("new.txt"),
                    "title: New\ndate: 2025-02-03\n\nEnvoys of the two states met in Valletta on Monday to discuss the border, officials said.\n");
            CliRun wrong = CliRun.of("ingest", "--store", server.url, "--auth", "editor:guess", article.toString());
            assertEquals(1, wrong.exitCode(), "the server checked the password it read from its environment: " + wrong.err());
        }
    }

    @Test
    void writableNeedsCredentialsFromSomewhere() {
        CliRun run = CliRun.of("serve", "--db", dir.resolve("db").toString(), "--writable");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--auth-file"), run.err());
    }
}
