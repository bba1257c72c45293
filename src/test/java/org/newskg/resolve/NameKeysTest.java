package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeysTest {
    @Test
    void slavicEndingsFoldTogether() {
        String key = NameKeys.name("Volodymyr Zelensky");
        assertEquals(key, NameKeys.name("Volodymyr Zelenskyy"));
        assertEquals(key, NameKeys.name("Volodymyr Zelenskiy"));
        assertEquals(NameKeys.name("Andriy Yermak"), NameKeys.name("Andrii Yermak"));
    }

    @Test
    void hForGAndGhForQFoldTogether() {
        assertEquals(NameKeys.name("Andrii Sybiha"), NameKeys.name("Andriy Sybiga"));
        assertEquals(NameKeys.name("Oleh"), NameKeys.name("Oleg"));
        assertEquals(NameKeys.name("Abbas Araghchi"), NameKeys.name("Abbas Araqchi"));
    }

    @Test
    void accentsCaseParticlesAndDoubledLettersDoNotCount() {
        assertEquals(NameKeys.name("Jean-Noël Barrot"), NameKeys.name("jean noel barrot"));
        assertEquals(NameKeys.surname("Abdel Fattah al-Sisi"), NameKeys.surname("Sisi"));
        assertEquals(NameKeys.name("Mohammed"), NameKeys.name("Mohamed"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(NameKeys.name("Abdel Fattah al-Sisi"), NameKeys.name("Abdel Fattah al-Burhan"));
        assertNotEquals(NameKeys.name("Zelensky"), NameKeys.name("Zelenko"));
        assertEquals("", NameKeys.givenName("Macron"));
        assertEquals(NameKeys.name("Emmanuel"), NameKeys.givenName("Emmanuel Macron"));
    }

    @Test
    void namesInOtherScriptsKeepWhatTellsThemApart() {
        assertNotEquals(NameKeys.name("Иван Петров"), NameKeys.name("Пётр Иванов"));
        assertNotEquals(NameKeys.surname("Иван Петров"), NameKeys.surname("Пётр Иванов"));
        assertNotEquals("", NameKeys.name("Γιώργος Παπαδόπουλος"));
        assertNotEquals("", NameKeys.name("محمد عبد الله"));
        // Two Chinese names read alike in Latin letters (wang xiaoming), written differently.
        assertNotEquals(NameKeys.name("王小明"), NameKeys.name("汪小明"));
        assertEquals(NameKeys.name("王小明"), NameKeys.name("王小明"));
    }

    @Test
    void aCyrillicNameMeetsItsLatinSpelling() {
        assertEquals(NameKeys.name("Ivan Petrov"), NameKeys.name("Иван Петров"));
    }
}
