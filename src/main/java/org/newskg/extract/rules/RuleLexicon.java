package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.Lexicon;
import org.newskg.extract.text.PhraseIndex;

/** The word lists the rules read, loaded once from {@code data/lexicon/}. */
final class RuleLexicon {

    final PhraseIndex<String> titles = phrases(false, "titles.txt", "military-ranks.txt", "honorifics.txt");
    final Set<String> militaryRanks = lower("military-ranks.txt");
    final Set<String> titleModifiers = lower("title-modifiers.txt");
    final Set<String> orgKeywords = Lexicon.get().words("org-keywords.txt");
    final Set<String> notNames = Lexicon.get().words("not-names.txt");
    final PhraseIndex<String> orgNouns = phrases("org-nouns.txt", false);
    final Set<String> stateTitles = lower("state-titles.txt");
    final Set<String> givenNames = Lexicon.get().words("given-names.txt");
    final Set<String> kinshipNouns = lower("kinship-nouns.txt");
    final Set<String> commentaryVerbs = lower("commentary-verbs.txt");
    final Set<String> statementVerbs = lower("statement-verbs.txt");
    final Set<String> objectTriggers = lower("object-triggers.txt");
    final Set<String> featureNouns = Lexicon.get().words("feature-nouns.txt");
    final Set<String> speechParticiples = lower("speech-participles.txt");
    final Set<String> locatives = lower("locatives.txt");
    final Set<String> placeNouns = lower("place-nouns.txt");
    /** Locatives that place an event, with the kinds of event they place (event-locatives.tsv). */
    final Map<String, List<String>> eventLocatives = kindsByWord("event-locatives.tsv");
    /** Nouns that a locative after them places instead of an event, with those kinds (scene-nouns.tsv). */
    final Map<String, List<String>> sceneNouns = kindsByWord("scene-nouns.tsv");
    /** Kinds of place with their specificity, "w" added when weak (place-kinds.tsv). */
    final PhraseIndex<String> placeKinds = placeKinds();
    final Set<String> nameParticles = lower("name-particles.txt");
    final Set<String> compassWords = Lexicon.get().words("compass-words.txt");
    final Set<String> casualtyNouns = lower("casualty-nouns.txt");
    final Set<String> tollModifiers = lower("toll-modifiers.txt");
    final PhraseIndex<String> plannedMarkers = phrases("planned-markers.txt", false);
    final PhraseIndex<String> weapons = named("weapons.txt");
    final PhraseIndex<String> aggregateMarkers = table("aggregate-markers.tsv", 1, 0);
    final PhraseIndex<String> attributions = table("attributions.tsv", 1, 0);
    final PhraseIndex<String> triggers = table("event-triggers.tsv", 1, 0);
    final PhraseIndex<String> tollVerbs = table("toll-verbs.tsv", 1, 0);
    final PhraseIndex<String> tollQualifiers = table("toll-qualifiers.tsv", 1, 0);
    final PhraseIndex<String> tollSources = table("toll-sources.tsv", 1, 0);
    final PhraseIndex<String> topics = table("topics.tsv", 1, 0);
    final PhraseIndex<String> stances = table("stances.tsv", 1, 0);
    final NumberWords numberWords = new NumberWords(Lexicon.get().rows("number-words.tsv"));
    final Set<String> clauseBreaks = lower("clause-breaks.txt");
    final Set<String> attackVerbs = lower("attack-verbs.txt");
    final PhraseIndex<String> urgeVerbs = phrases("urge-verbs.txt", false);
    final PhraseIndex<String> representationNouns = phrases("representation-nouns.txt", false);
    final PhraseIndex<String> leaderLinks = phrases("leader-links.txt", false);
    final PhraseIndex<String> meetingLinks = table("meeting-links.tsv", 1, 0);
    final Set<String> otherTimeMarkers = lower("other-time-markers.txt");
    final Set<String> roundMarkers = lower("round-markers.txt");

    static RuleLexicon get() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use, once: the JVM guarantees it. */
    private static final class Holder {
        static final RuleLexicon INSTANCE = new RuleLexicon();
    }

    private static PhraseIndex<String> placeKinds() {
        PhraseIndex<String> idx = new PhraseIndex<>(false);
        for (String[] row : Lexicon.get().rows("place-kinds.tsv")) idx.add(row[0], row[1] + (row.length > 2 && row[2].equals("weak") ? "w" : ""));
        return idx;
    }

    /** A table of kind and word as a map from the word (lower case) to its kinds. */
    private static Map<String, List<String>> kindsByWord(String file) {
        Map<String, List<String>> out = new HashMap<>();
        for (String[] row : Lexicon.get().rows(file)) out.computeIfAbsent(row[1].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(row[0]);
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    private static Set<String> lower(String file) {
        return Lexicon.get().words(file).stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static PhraseIndex<String> phrases(String file, boolean caseSensitive) {
        return phrases(caseSensitive, file);
    }

    private static PhraseIndex<String> phrases(boolean caseSensitive, String... files) {
        PhraseIndex<String> idx = new PhraseIndex<>(caseSensitive);
        for (String file : files) for (String w : Lexicon.get().words(file)) idx.add(w, w.toLowerCase(Locale.ROOT));
        return idx;
    }

    /** Phrases as written, each valued by its name in the second column, or by itself (lower case) where there is none. */
    private static PhraseIndex<String> named(String file) {
        PhraseIndex<String> idx = new PhraseIndex<>(false);
        for (String[] row : Lexicon.get().rows(file)) idx.add(row[0], row.length > 1 && !row[1].isBlank() ? row[1] : row[0].toLowerCase(Locale.ROOT));
        return idx;
    }

    /** A table as phrases: the phrase in column {@code phraseCol}, its value in {@code valueCol}. */
    private static PhraseIndex<String> table(String file, int phraseCol, int valueCol) {
        PhraseIndex<String> idx = new PhraseIndex<>(false);
        for (String[] row : Lexicon.get().rows(file)) idx.add(row[phraseCol], row[valueCol]);
        return idx;
    }
}
