package org.newskg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;

/** Whom a person acts for when the title alone does not say, and titles shared by a list of names. */
class AffiliationTest {
    private Extraction extract(String text) {
        return RuleFixtures.extract(text);
    }

    private static Actor actor(Extraction x, String name) {
        return x.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + x.actors().stream().map(Actor::name).toList()));
    }

    private static String affiliationName(Extraction x, Actor a) {
        if (a.affiliation() == null) return null;
        return x.actors().stream().filter(b -> b.id().equals(a.affiliation())).findFirst().orElseThrow().name();
    }

    @Test
    void aStateTitleWithoutCountryIsOfTheArticlesCountry() {
        Extraction x = extract("Kenya said the floods had eased. Kenya asked for aid, and Kenyan officials counted the damage. "
                + "President Tovik Brenaar visited the region on Monday.");
        assertEquals("Kenya", affiliationName(x, actor(x, "Tovik Brenaar")));
    }

    @Test
    void noCountryLeadsClearlyNoAffiliation() {
        Extraction x = extract("Kenya and Uganda said the floods had eased. President Tovik Brenaar visited the region.");
        assertNull(actor(x, "Tovik Brenaar").affiliation());
    }

    @Test
    void aLaterTitleGivesTheAffiliation() {
        Extraction x = extract("President Tovik Brenaar arrived on Monday. Ugandan President Tovik Brenaar spoke on Tuesday.");
        assertEquals("Uganda", affiliationName(x, actor(x, "Tovik Brenaar")));
    }

    @Test
    void aTitleBeforeAListIsEachOnes() {
        Extraction x = extract("Killed were Corporals Tovik Brenaar, 41, Ujo Tamsin, 33, and Ezrel Vombo, 29.");
        assertEquals("Corporals", actor(x, "Ezrel Vombo").role());
    }

    @Test
    void theTitleThenACommaThenTheName() {
        Extraction x = extract("The Defence Minister of Uganda, Tovik Brenaar, visited the base.");
        Actor a = actor(x, "Tovik Brenaar");
        assertEquals("Defence Minister of Uganda", a.role());
        assertEquals("Uganda", affiliationName(x, a));
    }

    @Test
    void anAppositionStartsWithItsArticleATitleOrItsOwner() {
        Extraction x = extract("Lena Varkow, as well as the Defence Minister of Uganda, Ujo Tamsin, visited the base.");
        assertNull(actor(x, "Lena Varkow").role());
        assertEquals("Defence Minister of Uganda", actor(x, "Ujo Tamsin").role());
    }

    @Test
    void someoneWhoFacesTheArticlesCountryIsNotGivenIt() {
        Extraction x = extract("Chile signed a visa accord on Friday. Chile will open an embassy. "
                + "Foreign Minister Ana Ruiz held talks with Deputy Prime Minister of Chile Tomas Berg in Lima.");
        assertEquals("Chile", affiliationName(x, actor(x, "Tomas Berg")));
        assertNull(actor(x, "Ana Ruiz").affiliation(), "Ana Ruiz meets Chile's minister: nothing says she is Chile's");
    }

    @Test
    void aTitleOfACountryAfterOfBeforeTheName() {
        Extraction x = extract("Deputy Prime Minister of Chile Tomas Berg arrived in Lima.");
        assertEquals("Chile", affiliationName(x, actor(x, "Tomas Berg")));
    }

    @Test
    void theGroupAPersonLeads() {
        Extraction x = extract("The war between the Sudanese army, commanded by General Omar Hadi, and the Rapid Support Forces (RSF) "
                + "of General Musa Kamal has killed hundreds. Clashes pitted the 12th Infantry Brigade, led by Karim Nasser, against rebels.");
        assertEquals("Sudanese army", affiliationName(x, actor(x, "Omar Hadi")));
        assertEquals("Rapid Support Forces", affiliationName(x, actor(x, "Musa Kamal")));
        assertEquals("12th Infantry Brigade", affiliationName(x, actor(x, "Karim Nasser")));
    }

    @Test
    void aTitleThatIntroducesTheNameGivesTheLastGroupItNames() {
        Extraction x = extract("A spokesperson for Nigeria's Defense Headquarters, Maj. Gen. Sani Bello, said troops were on alert.");
        assertEquals("Defense Headquarters", affiliationName(x, actor(x, "Sani Bello")));
    }

    @Test
    void aPresentOfficeOutweighsAFormerOne() {
        Extraction x = extract("The African Union mediator, former Kenyan President Peter Otieno, said the sides had agreed.");
        assertEquals("African Union", affiliationName(x, actor(x, "Peter Otieno")));
        assertEquals("former Kenyan President", actor(x, "Peter Otieno").role());
    }

    @Test
    void anOfficeSaysMoreThanARank() {
        Extraction x = extract("Maj. Gen. Sani Bello, a spokesperson for the Defense Headquarters, said troops were ready.");
        assertEquals("spokesperson for the Defense Headquarters", actor(x, "Sani Bello").role());
        assertEquals("Defense Headquarters", affiliationName(x, actor(x, "Sani Bello")));
        Extraction y = extract("The Chief of the General Staff of the Chilean Army, General Tomas Berg, said troops were ready.");
        assertEquals("Chief of the General Staff of the Chilean Army", actor(y, "Tomas Berg").role());
        assertEquals("Chilean Army", affiliationName(y, actor(y, "Tomas Berg")));
    }

    @Test
    void anEnvoyToACountryIsNotItsEnvoy() {
        Extraction x = extract("Lena Park, the special envoy to Chile, arrived on Monday.");
        assertNull(actor(x, "Lena Park").affiliation());
    }

    @Test
    void anAcronymSpelledOutEarlierOwnsATitle() {
        Extraction x = extract("The Red Coast Movement (RCM) denied the claim. RCM military spokesman Tavi Rabe said the group had not fired.");
        assertEquals("Red Coast Movement", affiliationName(x, actor(x, "Tavi Rabe")));
    }

    @Test
    void wordsOfTheOfficesFieldMayStandBetweenOwnerAndTitle() {
        Extraction x = extract("UN relief chief Marta Lind said aid was blocked.");
        assertEquals("UN relief chief", actor(x, "Marta Lind").role());
        assertEquals("United Nations", affiliationName(x, actor(x, "Marta Lind")));
        Extraction y = extract("Talks with Chile ended when police chief Tomas Berg arrived.");
        assertNull(actor(y, "Tomas Berg").affiliation(), "a verb stands between Chile and the title");
        Extraction z = extract("Chile needs envoy Tomas Berg back in Lima.");
        assertNull(actor(z, "Tomas Berg").affiliation(), "a verb stands between Chile and the title");
    }

    @Test
    void compoundTitlesAndTitlesOfTheKindsNewsUses() {
        Extraction x = extract("Chile's Prime Minister and Foreign Minister Ana Ruiz met Peruvian President Tomas Berg in Lima on Monday.");
        assertEquals("Chile's Prime Minister and Foreign Minister", actor(x, "Ana Ruiz").role());
        assertEquals("Chile", affiliationName(x, actor(x, "Ana Ruiz")));
        assertEquals("Junta leader General", actor(extract("Junta leader General Omar Hadi met the envoy on Monday."), "Omar Hadi").role());
        assertEquals("Ousted President", actor(extract("Ousted President Lena Park fled the country, officials said."), "Lena Park").role());
        assertEquals("Warlord", actor(extract("Warlord Musa Kamal said his men would fight on."), "Musa Kamal").role());
        assertEquals("group's spokesman", actor(extract("The group's spokesman, Tavi Rabe, said the fighters had withdrawn."), "Tavi Rabe").role());
    }
}
