package org.newskg.extract.rules;

import org.newskg.extract.text.Sentence;

/**
 * A name in a sentence that refers to an actor or a place.
 *
 * @param from    first token
 * @param to      token just past the mention
 * @param key     what it refers to: ISO code (countries), canonical name (organisations, places), the
 *                name as written (people; a surname is resolved to the full name later)
 * @param country for places, the ISO code of their country
 * @param role    for people, the title as written and where its affiliation comes from, or null
 */
record Mention(Kind kind, Sentence sentence, int from, int to, String key, String country, Role role, Use use) {
    enum Kind { PERSON, COUNTRY, ORGANIZATION, PLACE }

    /** How the sentence uses the mention, where it matters to events. */
    enum Use {
        /** A plain reference. */
        PLAIN,
        /** The affiliation inside someone's title ("French" in "French President"), or a name in a title's apposition: not an actor of the event. */
        TITLE_AFFILIATION,
        /** The source of a statement or a judgement ("..., X said", "X dismissed"): not a participant. */
        SPEAKER,
        /** Owner of something else ("Mabunda's office", "Zegarra's refusal"): not a participant. */
        POSSESSOR,
        /** A country named as the place of something ("in Oman"): not a participant. */
        LOCATION
    }

    /** A person's title as written, and the mention (country, organisation or person) its affiliation comes from. */
    record Role(String text, Mention affiliation) {}

    String text() {
        return sentence.span(from, to);
    }

    Mention withUse(Use u) {
        return new Mention(kind, sentence, from, to, key, country, role, u);
    }

    Mention withRole(Role r) {
        return new Mention(kind, sentence, from, to, key, country, r, use);
    }

    Mention withKey(String k) {
        return new Mention(kind, sentence, from, to, k, country, role, use);
    }

    boolean isActor() {
        return kind != Kind.PLACE;
    }
}
