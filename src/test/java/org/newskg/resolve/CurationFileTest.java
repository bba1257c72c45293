package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;

class CurationFileTest {
    private static final String OMAR = "https://w3id.org/newskg/id/person/omar-haddad";

    @Test
    void verbsAreWrittenAsTheFilesWordsAndReadBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("curation.tsv");
        Curation c = Curation.load(file);
        c.record(Curation.Verb.SAME, OMAR, "Umar Haddad");
        c.record(Curation.Verb.DIFFERENT, OMAR, "Omar Hadad");
        String text = Files.readString(file);
        assertTrue(text.contains("same\t" + OMAR + "\tUmar Haddad\n"), text);
        assertTrue(text.contains("different\t" + OMAR + "\tOmar Hadad\n"), text);
        Curation read = Curation.load(file);
        assertEquals(OMAR, read.sameAs("Umar Haddad"));
        assertTrue(read.isDifferent(OMAR, "Omar Hadad"));
        assertEquals(c.digest(), read.digest());
    }

    @Test
    void anUnknownVerbIsRefusedNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("curation.tsv");
        Files.writeString(file, "# comment\nSame\t" + OMAR + "\tUmar Haddad\n");
        NewskgException e = assertThrows(NewskgException.class, () -> Curation.load(file));
        assertEquals(file + ":2: expected 'same|different <TAB> IRI <TAB> IRI-or-name'", e.getMessage());
    }
}
