package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameKeysTest {
    @Test
    void slavicEndingsFoldTogether() {
        String key = NameKeys.name("Oleksandr Syrsky");
        assertEquals(key, NameKeys.name("Oleksandr Syrskyi"));
        assertEquals(key, NameKeys.name("Oleksandr Syrskiy"));
        assertEquals(NameKeys.name("Andriy Parubiy"), NameKeys.name("Andrii Parubii"));
    }

    @Test
    void ukrainianHForRussianGOnlyInNamesMarkedUkrainian() {
        assertEquals(NameKeys.name("Denys Shmyhal"), NameKeys.name("Denys Shmygal"));
        assertEquals(NameKeys.name("Hennadiy Trukhanov"), NameKeys.name("Gennadiy Trukhanov"));
        assertNotEquals(NameKeys.name("John Hill"), NameKeys.name("John Gill"));
        // Olga is an English given name too: it marks nothing.
        assertNotEquals(NameKeys.name("Olga Hill"), NameKeys.name("Olga Gill"));
    }

    @Test
    void ghForQAndDoubledLettersOnlyInNamesMarkedArabicOrPersian() {
        assertEquals(NameKeys.name("Abbas Araghchi"), NameKeys.name("Abbas Araqchi"));
        assertEquals(NameKeys.name("Hassan Nasrallah"), NameKeys.name("Hasan Nasrallah"));
        assertNotEquals(NameKeys.name("Roger Moore"), NameKeys.name("Roger More"));
        assertNotEquals(NameKeys.name("Al Moore"), NameKeys.name("Al More"), "\"Al\" alone is not the Arabic article");
    }

    @Test
    void listedSpellingsOfAGivenNameMeet() {
        assertEquals(NameKeys.name("Oleh"), NameKeys.name("Oleg"));
        assertEquals(NameKeys.name("Mohammed"), NameKeys.name("Muhammad"));
        assertEquals(NameKeys.givenName("Sergei Lavrov"), NameKeys.givenName("Sergey Lavrov"));
    }

    @Test
    void aSurnameAloneIsLookedUpAsWrittenAndAsFoldedInItsName() {
        assertEquals(Set.of("shmygal", "shmyhal"), NameKeys.surnames("Denys Shmyhal"));
        assertEquals(Set.of("hill"), NameKeys.surnames("John Hill"));
    }

    @Test
    void accentsCaseParticlesAndHyphensDoNotCount() {
        assertEquals(NameKeys.name("José-María Aldana"), NameKeys.name("jose maria aldana"));
        assertEquals(NameKeys.surname("Abdel Fattah al-Sisi"), NameKeys.surname("Sisi"));
        assertEquals(NameKeys.name("Lech Wałęsa"), NameKeys.name("Lech Walesa"));
        assertEquals(NameKeys.name("Kim Jong Un"), NameKeys.name("Kim Jong-un"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(NameKeys.name("Abdel Fattah al-Sisi"), NameKeys.name("Abdel Fattah al-Burhan"));
        assertNotEquals(NameKeys.name("Syrsky"), NameKeys.name("Syrenko"));
        assertNotEquals(NameKeys.name("John Lee"), NameKeys.name("John Le"), "Le is a surname (Lê), not a particle");
        assertEquals("", NameKeys.givenName("Kulkarni"));
        assertEquals(NameKeys.name("Arvind"), NameKeys.givenName("Arvind Kulkarni"));
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
