package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction.Precision;

/** When two reports are one event, and when similar events stay apart. */
class EventSignatureTest {
    private static final LocalDate D = LocalDate.of(2025, 4, 17);

    private static EventSignature meeting(String place, LocalDate date, Precision p, String... actors) {
        return new EventSignature("e", "article", "Meeting", place, date, p, null, Set.of(actors), null, null, null);
    }

    private static EventSignature attack(String place, LocalDate date, String attacker, Integer killed) {
        return new EventSignature("a", "article", "Attack", place, date, date == null ? null : Precision.day, null, Set.of(), attacker, null, killed);
    }

    @Test
    void meetingsAgreeingOnDayAndPlaceAreOne() {
        assertTrue(meeting("paris", D, Precision.day, "rubio").matches(meeting("paris", D, Precision.day, "macron")));
    }

    @Test
    void anUndatedReportJoinsWhenItSharesThePlaceAndAParticipant() {
        assertTrue(meeting("paris", D, Precision.day, "rubio", "macron").matches(meeting("paris", null, null, "rubio")));
        assertFalse(meeting("paris", D, Precision.day, "rubio").matches(meeting("paris", null, null, "peskov")));
    }

    @Test
    void aWeekOrMonthContainsTheDay() {
        assertTrue(meeting("oman", D, Precision.day, "us").matches(meeting("oman", LocalDate.of(2025, 4, 14), Precision.week, "us")));
        assertFalse(meeting("oman", D, Precision.day, "us").matches(meeting("oman", LocalDate.of(2025, 3, 1), Precision.month, "us")));
    }

    @Test
    void differentPlacesOrDaysStayApart() {
        assertFalse(meeting("oman", D, Precision.day, "us", "iran").matches(meeting("italy", D.plusDays(2), Precision.day, "us", "iran")),
                "the talks in Oman and the planned round in Italy");
        assertFalse(attack("kharkiv", D, "ru", 4).matches(attack("kharkiv", D.plusDays(1), "ru", 4)),
                "two attacks in one city on two dates");
    }

    @Test
    void anAttackReportWithoutDateJoinsBySameAttackerAtThePlace() {
        assertTrue(attack("sumy", LocalDate.of(2025, 4, 13), "ru", 35).matches(attack("sumy", null, "ru", 35)));
        assertTrue(attack("sumy", LocalDate.of(2025, 4, 13), "ru", 35).matches(attack("sumy", null, "ru", 34)),
                "conflicting figures do not split an event");
        assertFalse(attack("odesa", LocalDate.of(2025, 3, 11), "ru", 4).matches(attack("odesa", null, "ru", 2)),
                "an undated attack in the same city with another toll is another attack");
    }
}
