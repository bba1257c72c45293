package org.newskg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.Event;
import org.newskg.extract.Extraction.EventKind;

/**
 * Who takes part in an event, and which events exist at all: only what the text says. Sentences
 * written for the test; the article is dated Thursday 2024-06-13.
 */
class EventParticipantsTest {
    private Extraction extract(String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        return RuleFixtures.extract(text);
    }

    private static Set<String> names(Extraction x, List<String> ids) {
        return ids.stream().map(id -> x.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().name())
                .collect(Collectors.toSet());
    }

    private static List<Event> events(Extraction x, EventKind kind) {
        return x.events().stream().filter(e -> e.kind() == kind).toList();
    }

    private static Event meetingIn(Extraction x, String place) {
        return events(x, EventKind.Meeting).stream().filter(e -> e.place() != null
                        && (e.place().name().equals(place) || e.place().aliases().contains(place))).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting in " + place + ": " + x.events()));
    }

    @Test
    void anEarlierMeetingIsJoinedOnlyWhenTheTextLinksThem() {
        Extraction x = extract("Envoy Mara Lind hosted Foreign Minister Omar Haddad at a lunch in Geneva on Tuesday, "
                        + "days after Lind met Premier Tomas Berg.",
                "Lind and Haddad were later to meet Ivo Petrov.");
        Event geneva = meetingIn(x, "Geneva");
        assertEquals(Set.of("Mara Lind", "Omar Haddad", "Ivo Petrov"), names(x, geneva.participants()),
                "a meeting days before is another meeting; 'later to meet' with the same people continues this one");
        List<Event> others = events(x, EventKind.Meeting).stream().filter(e -> e != geneva).toList();
        assertEquals(1, others.size(), x.events().toString());
        assertEquals(Set.of("Mara Lind", "Tomas Berg"), names(x, others.get(0).participants()));

        Extraction y = extract("Envoy Mara Lind met Omar Haddad in Geneva on Tuesday.", "Premier Tomas Berg later met Rosa Vidal.");
        assertEquals(Set.of("Mara Lind", "Omar Haddad"), names(y, meetingIn(y, "Geneva").participants()),
                "'later' with other people is another meeting");
    }

    @Test
    void aBareTitleIsThePersonGivenThatTitleOrNobody() {
        Extraction x = extract("Russian President Ivan Sorokin spoke to reporters on Monday.",
                "Kremlin spokesman Oleg Ivanov said envoy Mara Lind would be welcome.",
                "Lind met the Kremlin chief in Sochi on Tuesday.",
                "The spokesman later called the talks useful.");
        Event sochi = meetingIn(x, "Sochi");
        assertFalse(names(x, sochi.participants()).contains("Oleg Ivanov"), "the spokesman is not the Kremlin chief");
        assertEquals(2, x.actors().stream().filter(a -> a.name().equals("Oleg Ivanov")).findFirst().orElseThrow().evidence().size(),
                "'the spokesman' is the man given that title");
    }

    @Test
    void countriesJoinAMeetingOfNamedPeopleOnlyWhenTheTextSaysTheyMet() {
        Extraction x = extract("Allies of Lisbon opened talks with Chilean officials in Geneva on Tuesday.",
                "Chilean Foreign Minister Rosa Vidal met Portuguese Prime Minister Ana Sousa in Geneva on Tuesday.");
        assertEquals(Set.of("Rosa Vidal", "Ana Sousa"), names(x, meetingIn(x, "Geneva").participants()),
                "the countries only qualify the people");

        Extraction y = extract("Delegations from Ghana and Togo met envoy Mara Lind in Accra on Monday.");
        assertEquals(Set.of("Ghana", "Togo", "Mara Lind"), names(y, meetingIn(y, "Accra").participants()));
    }

    @Test
    void theDatelineAndTheWireCreditAreNotParticipants() {
        Extraction x = extract("LIMA, June 13 (Reuters) - Mara Lind and Omar Haddad met in Geneva on Tuesday.");
        Event geneva = meetingIn(x, "Geneva");
        assertEquals(Set.of("Mara Lind", "Omar Haddad"), names(x, geneva.participants()));
        assertEquals(LocalDate.of(2024, 6, 11), geneva.date().value(), "the dateline's date is the filing date");

        Extraction y = extract("UN Special Envoy Mara Lind - who met Omar Haddad in Geneva on Tuesday - praised the talks.");
        assertTrue(names(y, meetingIn(y, "Geneva").participants()).contains("Mara Lind"), "no dateline: a name before a dash");
    }

    @Test
    void whoOnlyUrgesOrDescribesSomeoneDoesNotTakePart() {
        Extraction x = extract("The allies meeting in Geneva were urged by Premier Tomas Berg to pressure Chile.",
                "Ivo Petrov, an aide to President Ana Sousa, met Omar Haddad in Vienna on Monday.",
                "Premier Tomas Berg on Monday urged Rosa Vidal and Omar Haddad to meet in Oslo.");
        assertFalse(events(x, EventKind.Meeting).stream().anyMatch(e -> e.place() != null && e.place().aliases().contains("Geneva")),
                "the allies are unnamed, Berg only urges them, Chile is to be pressured: nobody known takes part");
        assertEquals(Set.of("Ivo Petrov", "Omar Haddad"), names(x, meetingIn(x, "Vienna").participants()));
        assertEquals(Set.of("Rosa Vidal", "Omar Haddad"), names(x, meetingIn(x, "Oslo").participants()));
    }

    @Test
    void quotedCommentaryIsNoNegotiationAndOutletsAreNeverParties() {
        Extraction x = extract("Envoy Mara Lind told Reuters on Monday that she hoped for \"a lasting ceasefire\" soon.",
                "Chile and Peru signed a trade deal, Reuters reported.");
        List<Event> talks = events(x, EventKind.Negotiation);
        assertEquals(List.of("trade deal"), talks.stream().map(Event::topic).toList(), "her words are no ceasefire talks");
        assertEquals(Set.of("Chile", "Peru"), names(x, talks.get(0).participants()), "the agency only reports");

        Extraction y = extract("Chile proposed a ceasefire, \"a lasting one,\" its envoy said.");
        assertEquals(List.of("ceasefire"), events(y, EventKind.Negotiation).stream().map(Event::topic).toList(),
                "the topic comes before the quotation opens");
    }

    @Test
    void aPlaceEndsAtItsComma() {
        Extraction x = extract("Talks resumed in Geneva, Omar Haddad told reporters on Monday.",
                "After talks in Geneva, Peruvian Prime Minister Rosa Vidal met envoy Omar Haddad on Monday.");
        assertTrue(x.actors().stream().anyMatch(a -> a.name().equals("Rosa Vidal")), x.actors().toString());
        Actor haddad = x.actors().stream().filter(a -> a.name().equals("Omar Haddad")).findFirst()
                .orElseThrow(() -> new AssertionError(x.actors().toString()));
        assertEquals(2, haddad.evidence().size());
        assertTrue(x.events().stream().noneMatch(e -> e.place() != null && e.place().name().contains("Haddad")), x.events().toString());
    }

    @Test
    void aMeetingWithNobodyKnownIsNoEvent() {
        Extraction x = extract("A summit was held in Geneva on Tuesday.");
        assertEquals(List.of(), events(x, EventKind.Meeting));
    }

    @Test
    void aPhoneCallBetweenLeadersIsAMeeting() {
        Extraction x = extract("Kenyan President Tovik Brenaar spoke by phone with Ugandan President Ana Ruiz on Tuesday about the border.");
        List<Event> meetings = events(x, EventKind.Meeting);
        assertEquals(1, meetings.size(), x.events().toString());
        assertEquals(Set.of("Tovik Brenaar", "Ana Ruiz"), names(x, meetings.get(0).participants()));
        assertEquals(LocalDate.of(2024, 6, 11), meetings.get(0).date().value());
    }

    @Test
    void negotiationsAreKnownByTheirKindOfDealAndStatus() {
        Extraction x = extract("Chile and Peru agreed to exchange prisoners on Monday, officials in Lima said.");
        List<Event> deals = events(x, EventKind.Negotiation);
        assertEquals(1, deals.size(), x.events().toString());
        assertEquals("prisoner exchange", deals.get(0).topic());
        Extraction held = extract("Mediators put the ceasefire talks between Chile and Peru on hold on Monday.");
        List<Event> stalled = events(held, EventKind.Negotiation);
        assertEquals(1, stalled.size(), held.events().toString());
        assertEquals("stalled", stalled.get(0).status());
    }

    @Test
    void receivingThingsIsNoMeeting() {
        Extraction x = extract("Hospitals in Santiago have received the bodies of 43 people who died in Peruvian strikes, the Health Ministry of Chile said.");
        assertTrue(events(x, EventKind.Meeting).isEmpty(), x.events().toString());
        Extraction y = extract("Chilean President Ana Ruiz received the Peruvian envoy Tomas Berg in Santiago on Monday.");
        assertEquals(Set.of("Ana Ruiz", "Tomas Berg"), names(y, meetingIn(y, "Santiago").participants()));
    }

    @Test
    void placesInAListAndACapitalNamedAfterItsCountryAreNoParties() {
        Extraction x = extract("Earlier rounds in Venezuela and Mexico preceded the peace talks in the Cuban capital Havana.");
        assertTrue(events(x, EventKind.Meeting).isEmpty(), "no party is named: " + x.events());
    }

    @Test
    void aLongerNameIsNotTheBodyItEndsWith() {
        Extraction x = extract("After the attack, Ruiz said she would call a meeting of the National Security Council of Chile.");
        assertTrue(x.actors().stream().noneMatch(a -> a.name().equals("United Nations Security Council")), x.actors().toString());
    }

    @Test
    void theSummitInTheNextSentenceGivesTheMeetingItsPlace() {
        Extraction x = extract("Chilean leader Tom Hale and Peruvian President Ana Ruiz agreed to end the war in their first ever meeting. "
                + "The summit took place in the border town of Tacna.");
        List<Event> meetings = events(x, EventKind.Meeting);
        assertEquals(1, meetings.size(), x.events().toString());
        assertEquals("Tacna", meetings.get(0).place().name());
        assertEquals(Set.of("Tom Hale", "Ana Ruiz"), names(x, meetings.get(0).participants()));
    }
}
