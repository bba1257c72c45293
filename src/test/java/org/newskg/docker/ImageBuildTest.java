package org.newskg.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Where a Docker engine runs, the image builds from docker/Dockerfile with the repository as context. */
class ImageBuildTest {
    @Test
    void theImageBuildsWhereADockerEngineRuns() throws Exception {
        assumeTrue(engineAnswers(), "skipped: no Docker engine here ('docker info' failed), so the image was not built;"
                + " ContainerRunTest runs its default command without one");
        Path log = Files.createTempFile("docker-build", ".log");
        Process build = new ProcessBuilder("docker", "build", "-f", "docker/Dockerfile", "-t", "newskg:test", ".")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!build.waitFor(30, TimeUnit.MINUTES)) build.destroyForcibly();
        assertEquals(0, build.waitFor(), () -> "docker build failed:\n" + read(log));
        Files.delete(log);
    }

    private static boolean engineAnswers() {
        try {
            Process info = new ProcessBuilder("docker", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!info.waitFor(20, TimeUnit.SECONDS)) {
                info.destroyForcibly();
                return false;
            }
            return info.exitValue() == 0;
        } catch (IOException | InterruptedException noDocker) {
            return false;
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
