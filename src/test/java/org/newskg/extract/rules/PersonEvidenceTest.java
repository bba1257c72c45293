package org.newskg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.ActorKind;

/** People need person evidence: a given name, a title or rank, a verb of speech, or a place in a list of people. */
class PersonEvidenceTest {
    private List<Actor> people(String text) {
        Extraction x = RuleFixtures.extract(text);
        return x.actors().stream().filter(a -> a.kind() == ActorKind.Person).toList();
    }

    private static Actor named(List<Actor> people, String name) {
        return people.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + people.stream().map(Actor::name).toList()));
    }

    @Test
    void aCapitalisedRunWithoutEvidenceIsNoPerson() {
        assertTrue(people("The convoy reached Tolvan Mire on Monday after a long delay.").isEmpty());
    }

    @Test
    void aGivenNameIsEvidence() {
        named(people("The convoy reached Lena Varkow on Monday after a long delay."), "Lena Varkow");
    }

    @Test
    void aMilitaryRankIsATitle() {
        Actor a = named(people("Lt. Gen. Tovik Brenaar visited the base on Monday."), "Tovik Brenaar");
        assertTrue(a.role().contains("Lt. Gen"), a.role());
    }

    @Test
    void namesInOneListOfPeopleAreAllPeople() {
        List<Actor> p = people("Killed were Corporals Tovik Brenaar, 41, Ujo Tamsin, 33, and Ezrel Vombo, 29.");
        named(p, "Ujo Tamsin");
        named(p, "Ezrel Vombo");
    }

    @Test
    void particlesInARowJoinTheName() {
        named(people("Gen. Ramon de la Corvada said the troops had withdrawn."), "Ramon de la Corvada");
    }

    @Test
    void anHonorificIsNoPartOfTheName() {
        List<Actor> p = people("Tovik Brenaar said the talks had failed. Mr Brenaar left on Monday.");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).aliases().contains("Brenaar") || p.get(0).aliases().isEmpty(), p.get(0).aliases().toString());
    }

    @Test
    void whoAfterANameIsEvidence() {
        named(people("The convoy carried Ujo Tamsin, who had been held for a month."), "Ujo Tamsin");
    }

    @Test
    void aMiddleInitialStaysInTheName() {
        List<Actor> people = people("Secretary of State Antony J. Tamsin met Slovak Foreign Minister Ivo Kral on Tuesday.");
        assertEquals(List.of("Antony J. Tamsin", "Ivo Kral"), people.stream().map(Actor::name).toList());
    }

    @Test
    void aStaffIsNoPerson() {
        List<Actor> people = people("The committee is led by the Chief of the General Staff of the Chilean Army, General Tomas Berg.");
        assertEquals(List.of("Tomas Berg"), people.stream().map(Actor::name).toList());
    }

    @Test
    void aNameAfterATitleIsNotTheCityOfTheSameName() {
        Extraction x = RuleFixtures.extract("Portuguese Prime Minister Sofia Magalhaes arrived in Lisbon on Monday.");
        assertEquals(List.of("Portugal", "Sofia Magalhaes"), x.actors().stream().map(Actor::name).toList(), "Bulgaria is not meant");
    }

    @Test
    void aQuotedNicknameStaysInsideTheName() {
        named(people("Cartel chief Ramon “El Gato” Ortega was arrested in Culiacan on Monday."), "Ramon “El Gato” Ortega");
        assertTrue(people("He told reporters that “Peace Now” was the slogan.").isEmpty());
    }

    @Test
    void anHonorificIsPersonEvidence() {
        named(people("The group's founder Maulana Yusuf Karim was killed, officials said."), "Yusuf Karim");
    }

    @Test
    void someoneWithARelativeIsAPerson() {
        named(people("The camp was run by Zorvak Tellun’s brother-in-law, a cleric."), "Zorvak Tellun");
        assertTrue(people("The camp was run by Zorvak Tellun’s border police.").isEmpty());
    }
}
