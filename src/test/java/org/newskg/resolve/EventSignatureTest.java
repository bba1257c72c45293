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
        assertTrue(meeting("lisbon", D, Precision.day, "coutinho").matches(meeting("lisbon", D, Precision.day, "macedo")));
    }

    @Test
    void twoMeetingsWithNoOneInCommonAreTwoThoughInOneCityOnOneDay() {
        String person = "https://w3id.org/newskg/id/person/";
        String country = "https://w3id.org/newskg/id/country/";
        assertFalse(meeting("maputo", D, Precision.day, person + "coutinho", person + "macedo")
                        .matches(meeting("maputo", D, Precision.day, person + "salcedo", person + "paredes")),
                "two bilateral meetings of one summit");
        assertTrue(meeting("maputo", D, Precision.day, person + "coutinho", person + "macedo")
                        .matches(meeting("maputo", D, Precision.day, person + "macedo", person + "paredes")),
                "one participant in common");
        assertTrue(meeting("maputo", D, Precision.day, country + "BR", country + "EC")
                        .matches(meeting("maputo", D, Precision.day, person + "coutinho", person + "paredes")),
                "the countries in one report, their ministers in the other");
    }

    @Test
    void anUndatedReportJoinsWhenItSharesThePlaceAndAParticipant() {
        assertTrue(meeting("lisbon", D, Precision.day, "coutinho", "macedo").matches(meeting("lisbon", null, null, "coutinho")));
        assertFalse(meeting("lisbon", D, Precision.day, "coutinho").matches(meeting("lisbon", null, null, "salcedo")));
    }

    @Test
    void aWeekOrMonthContainsTheDay() {
        assertTrue(meeting("oman", D, Precision.day, "us").matches(meeting("oman", LocalDate.of(2025, 4, 14), Precision.week, "us")));
        assertFalse(meeting("oman", D, Precision.day, "us").matches(meeting("oman", LocalDate.of(2025, 3, 1), Precision.month, "us")));
    }

    @Test
    void differentPlacesOrDaysStayApart() {
        assertFalse(meeting("maputo", D, Precision.day, "mg", "rcm").matches(meeting("dar-es-salaam", D.plusDays(2), Precision.day, "mg", "rcm")),
                "the first round in Maputo and the planned round in Dar es Salaam");
        assertFalse(attack("cuenca", D, "pe", 4).matches(attack("cuenca", D.plusDays(1), "pe", 4)),
                "two attacks in one city on two dates");
    }

    @Test
    void anAttackReportWithoutDateJoinsBySameAttackerAtThePlace() {
        assertTrue(attack("loja", LocalDate.of(2025, 4, 13), "pe", 35).matches(attack("loja", null, "pe", 35)));
        assertTrue(attack("loja", LocalDate.of(2025, 4, 13), "pe", 35).matches(attack("loja", null, "pe", 34)),
                "conflicting figures do not split an event");
        assertFalse(attack("guayaquil", LocalDate.of(2025, 3, 11), "pe", 4).matches(attack("guayaquil", null, "pe", 2)),
                "an undated attack in the same city with another toll is another attack");
    }

    @Test
    void twoAttackersAreTwoAttacksOnOneCityAndDay() {
        assertFalse(attack("kasama", D, "mw", 12).matches(attack("kasama", D, "tz", 30)),
                "a shelling by one side and a drone strike by the other");
        assertTrue(attack("kasama", D, "mw", 12).matches(attack("kasama", D, null, 30)),
                "a report that names no attacker contradicts nothing");
    }

    private static EventSignature undatedMeeting(String place, LocalDate articleDate, String... actors) {
        return new EventSignature("m", "article", "Meeting", place, null, null, articleDate, Set.of(actors), null, null, null);
    }

    private static EventSignature negotiation(String place, LocalDate date, LocalDate articleDate, String... parties) {
        return new EventSignature("n", "article", "Negotiation", place, date, date == null ? null : Precision.day, articleDate,
                Set.of(parties), null, "ceasefire", null);
    }

    @Test
    void anEventWithoutItsOwnDateHappenedNearItsArticlesDate() {
        assertFalse(meeting("vienna", LocalDate.of(2024, 3, 4), Precision.day, "varga", "brandt")
                        .matches(undatedMeeting("vienna", LocalDate.of(2025, 4, 2), "varga", "brandt")),
                "the same two ministers in the same city a year later");
        assertTrue(meeting("oslo", LocalDate.of(2025, 10, 6), Precision.day, "dahl", "novak")
                        .matches(undatedMeeting("oslo", LocalDate.of(2025, 10, 8), "novak")),
                "reported two days later without a day");
        assertFalse(undatedMeeting("oslo", LocalDate.of(2023, 1, 10), "dahl").matches(undatedMeeting("oslo", LocalDate.of(2025, 1, 10), "dahl")),
                "two undated reports two years apart");
        assertTrue(undatedMeeting("oslo", null, "dahl").matches(undatedMeeting("oslo", LocalDate.of(2025, 1, 10), "dahl")),
                "an article with no date of its own bounds nothing");
    }

    @Test
    void aTopicAndOnePartyAreNotOneNegotiation() {
        LocalDate may = LocalDate.of(2025, 5, 5);
        assertFalse(negotiation(null, null, may, "tr", "am", "az").matches(negotiation(null, null, may.plusDays(4), "tr", "ru", "ua")),
                "one mediator's truce plans for two wars");
        assertFalse(negotiation(null, null, LocalDate.of(2024, 2, 12), "qa", "il").matches(negotiation(null, null, LocalDate.of(2025, 9, 15), "qa", "il")),
                "the same sides' truce plans of two years");
        assertFalse(negotiation("doha", null, may, "qa", "il").matches(negotiation("cairo", null, may, "qa", "il")),
                "talks in two cities");
    }

    @Test
    void aNegotiationJoinsOnTwoPartiesOrOnePartyAndThePlaceOrDay() {
        LocalDate june = LocalDate.of(2025, 6, 9);
        assertTrue(negotiation(null, june, june, "eg", "il").matches(negotiation(null, june.plusDays(2), june.plusDays(3), "eg", "il")),
                "proposed on Monday, accepted on Wednesday: two steps of one process");
        assertTrue(negotiation("doha", null, june, "qa").matches(negotiation("doha", null, june.plusDays(1), "qa", "us")));
        assertTrue(negotiation(null, june, june, "qa").matches(negotiation(null, june, june.plusDays(1), "qa", "us")));
        assertFalse(negotiation(null, june, june, "eg", "il").matches(negotiation(null, june.plusDays(30), june.plusDays(30), "eg", "il")),
                "dated steps a month apart");
    }

    @Test
    void talksThatShareFewOfTheirPartiesStayApart() {
        LocalDate july = LocalDate.of(2025, 7, 1);
        assertFalse(negotiation(null, null, july, "rossi", "lund", "td", "gm", "sn")
                        .matches(negotiation(null, null, july.plusDays(20), "rossi", "td", "ml", "ne", "bf")),
                "two of five sides in common: a trade deal between others that two of them also joined");
        assertFalse(negotiation(null, null, july, "td", "gm", "sn", "ml").matches(negotiation(null, null, july, "sn", "ml", "ne", "bf")),
                "half the sides in common: the report in the middle of a chain");
        assertTrue(negotiation(null, null, july, "td", "gm").matches(negotiation(null, null, july.plusDays(2), "td", "gm", "sn", "ml", "ne")),
                "a report naming only the two main sides of many-sided talks");
        assertTrue(negotiation(null, null, july, "td", "gm", "sn").matches(negotiation(null, null, july, "td", "gm", "ml")));
    }
}
