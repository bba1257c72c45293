package org.newskg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A read-only {@link TestServer} over the sample articles for all the tests of a class, in a folder of
 * its own that goes with it: {@code @RegisterExtension static final SampleServer samples = new SampleServer();}.
 * Its start comes before the class's own {@code @BeforeAll} methods, which may add to its store.
 */
final class SampleServer implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private TestServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("newskg-samples");
        server = new TestServer(dir, TestServer.readOnly());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running server; only between the class's start and end. */
    TestServer get() {
        return server;
    }
}
