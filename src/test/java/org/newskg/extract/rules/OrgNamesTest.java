package org.newskg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.ActorKind;

/** The extent of organisations' names, and outlets that only report. */
class OrgNamesTest {
    private List<Actor> actors(String text) {
        Extraction x = RuleFixtures.extract(text);
        return x.actors();
    }

    private static List<String> orgs(List<Actor> actors) {
        return actors.stream().filter(a -> a.kind() == ActorKind.Organization).map(Actor::name).toList();
    }

    @Test
    void ofAndForGoWithTheName() {
        List<String> o = orgs(actors("The Ministry of Coastal Affairs and the Office for Tolvan Relief met on Monday."));
        assertTrue(o.contains("Ministry of Coastal Affairs"), o.toString());
        assertTrue(o.contains("Office for Tolvan Relief"), o.toString());
    }

    @Test
    void aRunJoinedByAndIsOneName() {
        List<String> o = orgs(actors("Officers of the Order and Harbour Apparatus arrested him."));
        assertTrue(o.contains("Order and Harbour Apparatus"), o.toString());
    }

    @Test
    void aCountryBeforeTheKeywordAndALowerCaseOrganisation() {
        List<Actor> a = actors("Kenyan Police said the Turkish army and Qatar's foreign ministry had been told.");
        List<String> o = orgs(a);
        assertTrue(o.contains("Kenyan Police"), o.toString());
        assertTrue(o.contains("Turkish army"), o.toString());
        assertTrue(o.contains("Qatar foreign ministry"), o.toString());
        assertTrue(a.stream().anyMatch(x -> x.kind() == ActorKind.Country && "TR".equals(x.code())), a.toString());
    }

    @Test
    void ordinalsAndDescribers() {
        List<String> o = orgs(actors("The 35th Infantry Battalion and the Tolvan-based Harbour Syndicate were there."));
        assertTrue(o.contains("35th Infantry Battalion"), o.toString());
        assertTrue(o.contains("Harbour Syndicate"), o.toString());
    }

    @Test
    void aRankWordBeforeAKeywordBelongsToTheOrganisation() {
        List<Actor> a = actors("Mbala General Hospital said on Friday that 12 people had died.");
        assertTrue(orgs(a).contains("Mbala General Hospital"), a.toString());
        assertTrue(a.stream().noneMatch(x -> x.kind() == ActorKind.Person), "no general named Hospital: " + a);
    }

    @Test
    void aBareKeywordIsTheOneOrganisationItEnds() {
        List<String> o = orgs(actors("Kenyan Police arrested two men. Police said they were armed."));
        assertTrue(o.equals(List.of("Kenyan Police")), o.toString());
    }

    @Test
    void outletsOnlyReport() {
        assertFalse(orgs(actors("Reuters reported that the talks had failed.")).contains("Reuters"));
    }

    @Test
    void aNameThatALowerCaseParticleBeginsIsFound() {
        assertEquals(List.of("al-Shabaab", "al-Qaeda"),
                orgs(actors("Officials blamed al-Shabab for the bombing in Mogadishu on Monday, while al Qaeda denied any role.")));
    }
}
