package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;
import org.newskg.extract.Extractors;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.NewsStore;

/**
 * Fuseki's working folder (FUSEKI_BASE) lives inside the store's folder, so a server needs write access
 * to nothing but its store (the Docker image's /data is root's; only /data/store is the server's).
 */
class FusekiBaseTest {
    @TempDir
    Path dir;

    @Test
    void theBaseIsASubfolderOfTheStore() {
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            assertEquals(dir.resolve("db").resolve("fuseki").toAbsolutePath(), NewsServer.fusekiBase(store));
            assertTrue(Files.isDirectory(dir.resolve("db/fuseki")));
        }
    }

    @Test
    void tdb2KeepsWorkingWithTheSubfolderThroughCompactionAndReopening() throws IOException {
        Path db = dir.resolve("db");
        long articles;
        try (NewsStore store = NewsStore.open(db)) {
            Pipeline.builder(store).extractor(Extractors.defaultExtractor()).listener(IngestListener.onRejected(p -> {})).batch(100)
                    .files(List.of(Path.of("data/samples"))).build().run();
            Files.writeString(NewsServer.fusekiBase(store).resolve("run-file"), "Fuseki's");
            articles = store.stats().articles();
            store.compact();
        }
        try (NewsStore reopened = NewsStore.openExisting(db)) {
            assertEquals(articles, reopened.stats().articles());
            assertTrue(articles > 0);
        }
        assertEquals("Fuseki's", Files.readString(db.resolve("fuseki/run-file")), "compaction leaves the folder alone");
    }

    @Test
    void aBaseThatCannotBeCreatedIsOneLineNamingThePath() throws IOException {
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            Files.writeString(dir.resolve("db/fuseki"), "a file where the folder should be");
            NewskgException e = assertThrows(NewskgException.class, () -> NewsServer.fusekiBase(store));
            assertTrue(e.getMessage().contains(dir.resolve("db/fuseki").toAbsolutePath().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("must be able to write in the store folder"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
    }
}
