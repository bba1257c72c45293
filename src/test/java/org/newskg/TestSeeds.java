package org.newskg;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The seed articles beside the project; tests that read them skip, saying why, where they are absent. */
public final class TestSeeds {
    public static final Path DIR = Path.of("..", "shared", "seeds");

    private TestSeeds() {}

    /** Skips the calling test class, with a message in the build output, when the seeds are absent. */
    public static void assumePresent(Class<?> test) {
        boolean present = Files.isDirectory(DIR);
        if (!present) System.out.println("SKIPPED " + test.getSimpleName() + ": " + DIR.toAbsolutePath().normalize() + " is absent");
        assumeTrue(present, "skipped: " + DIR.toAbsolutePath() + " is absent");
    }
}
