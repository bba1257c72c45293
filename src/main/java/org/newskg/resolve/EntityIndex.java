package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.Extraction.Precision;

/**
 * The people, organisations and events known so far, under the keys resolution looks them up by:
 * people by the folded key of each name they were seen under and by surname; organisations by each
 * name and acronym; events by kind.
 */
final class EntityIndex {
    /** A known person: IRI, canonical label, and the given-name keys seen with the surname. */
    record Person(String iri, String label, Set<String> givenNames) {}

    private final Map<String, String> personByName = new HashMap<>();
    private final Map<String, List<Person>> personBySurname = new HashMap<>();
    private final Map<String, Person> persons = new HashMap<>();
    private final Map<String, String> orgByName = new HashMap<>();
    /** The names of more than one word each organisation is known by, as keys. */
    private final Map<String, Set<String>> orgFullNames = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    /** Stored articles by IRI: what their graphs were made from, and the date they were given. */
    private final Map<String, StoredArticle> articles = new HashMap<>();
    /** Event reports by the pairs of things a match must share (see {@link #buckets}). */
    private final Map<String, List<EventSignature>> events = new HashMap<>();
    /** The reports of each event, by its IRI. */
    private final Map<String, List<EventSignature>> reportsOf = new HashMap<>();

    void addArticle(String iri, StoredArticle stored) {
        articles.put(iri, stored);
    }

    StoredArticle article(String iri) {
        return articles.get(iri);
    }

    void addPerson(String iri, String label, List<String> names) {
        Person p = persons.computeIfAbsent(iri, k -> {
            labels.putIfAbsent(iri, label);
            return new Person(iri, labels.get(iri), new LinkedHashSet<>());
        });
        for (String n : names) {
            String key = NameKeys.name(n);
            if (key.isEmpty()) continue;
            personByName.merge(key, iri, EntityIndex::first);
            for (String surname : NameKeys.surnames(n)) {
                List<Person> same = personBySurname.computeIfAbsent(surname, k -> new ArrayList<>());
                if (!same.contains(p)) same.add(p);
            }
            if (!NameKeys.givenName(n).isEmpty()) p.givenNames().add(NameKeys.givenName(n));
        }
    }

    /**
     * The person a name names: the same folded name, else the one person with that surname whose
     * given name agrees (or is not known on one side).
     */
    String person(String name) {
        String exact = personByName.get(NameKeys.name(name));
        if (exact != null) return exact;
        String given = NameKeys.givenName(name);
        List<String> found = new ArrayList<>();
        for (Person p : personBySurname.getOrDefault(NameKeys.surname(name), List.of())) {
            boolean agrees = given.isEmpty() || p.givenNames().isEmpty() || p.givenNames().contains(given)
                    || p.givenNames().stream().anyMatch(g -> g.charAt(0) == given.charAt(0) && (g.length() == 1 || given.length() == 1));
            if (agrees) found.add(p.iri());
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    void addOrganisation(String iri, String label, List<String> names) {
        labels.putIfAbsent(iri, label);
        for (String n : names) {
            if (n.isBlank()) continue;
            orgByName.merge(NameKeys.name(n), iri, EntityIndex::first);
            if (n.strip().contains(" ")) orgFullNames.computeIfAbsent(iri, k -> new HashSet<>()).add(NameKeys.name(n));
        }
    }

    /**
     * The organisation a name, or else one of its aliases, names. An alias (an acronym, mostly) does not
     * join a body known under another full name: the Democratic Renewal Alliance and the Drought Response
     * Agency may both be "DRA".
     */
    String organisation(String name, List<String> aliases) {
        String byName = orgByName.get(NameKeys.name(name));
        if (byName != null) return byName;
        for (String alias : aliases) {
            String iri = orgByName.get(NameKeys.name(alias));
            Set<String> fullNames = iri == null ? Set.of() : orgFullNames.getOrDefault(iri, Set.of());
            boolean namedOtherwise = name.strip().contains(" ") && !fullNames.isEmpty();
            if (iri != null && !namedOtherwise) return iri;
        }
        return null;
    }

    String label(String iri) {
        return labels.get(iri);
    }

    void addEvent(EventSignature e) {
        // An event reported by several articles keeps a signature per report: a new report may match any.
        for (String bucket : buckets(e)) events.computeIfAbsent(bucket, k -> new ArrayList<>()).add(e);
        reportsOf.computeIfAbsent(e.iri(), k -> new ArrayList<>()).add(e);
    }

    /** Whether an article other than {@code article} reported an event under {@code iri}. */
    boolean reportedElsewhere(String iri, String article) {
        for (EventSignature r : reportsOf.getOrDefault(iri, List.of())) if (!r.article().equals(article)) return true;
        return false;
    }

    /**
     * The buckets a report is filed under and looked up by. Each pairs two things that
     * {@link EventSignature#matches} requires to be shared, so a report that matches another always
     * shares one of its buckets, and a bucket holds only the few reports that could: meetings by
     * place and day, place and participant, day and participant; attacks by place and day, place and
     * attacker, day and attacker; negotiations by topic and party. (Buckets of one thing, all the
     * meetings in a capital or all the negotiations on a ceasefire, grew with the corpus, and so did
     * the cost of each lookup: a 100k-article ingest slowed down as it went.)
     */
    private static Set<String> buckets(EventSignature e) {
        Set<String> out = new LinkedHashSet<>();
        String kind = e.kind() + "|";
        String day = e.date() != null && (e.precision() == null || e.precision() == Precision.day) ? e.date().toString() : null;
        switch (e.kind()) {
            case "Meeting" -> {
                if (e.place() != null && day != null) out.add(kind + "pd|" + e.place() + "|" + day);
                for (String a : e.actors()) {
                    if (e.place() != null) out.add(kind + "pa|" + e.place() + "|" + a);
                    if (day != null) out.add(kind + "da|" + day + "|" + a);
                }
            }
            case "Attack" -> {
                if (e.place() != null && day != null) out.add(kind + "pd|" + e.place() + "|" + day);
                if (e.attacker() != null && e.place() != null) out.add(kind + "pt|" + e.place() + "|" + e.attacker());
                if (e.attacker() != null && day != null) out.add(kind + "dt|" + day + "|" + e.attacker());
            }
            default -> {
                if (e.topic() != null) for (String a : e.actors()) out.add(kind + "ta|" + e.topic() + "|" + a);
            }
        }
        return out;
    }

    /**
     * Of two things known under one name, the one resolution picks: the smaller IRI, not the first
     * seen, so that the index is the same whether it was built during this run or read from the store
     * (a resumed or split ingest then gives the same graph as one run).
     */
    private static String first(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * The known report that a new one matches, the one sharing most actors (ties: the smaller IRI); null
     * when none does. Reports of the new report's own article never count: an article re-ingested must
     * not match, or take its date from, what it said itself the last time.
     */
    EventSignature event(EventSignature e) {
        EventSignature best = null;
        int bestShared = -1;
        // A report filed under several buckets is one object: seen by identity, since a record's hash
        // reads all its fields, and a bucket of a busy place and actor holds thousands.
        Set<EventSignature> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String bucket : buckets(e)) {
            for (EventSignature known : events.getOrDefault(bucket, List.of())) {
                if (!seen.add(known) || known.article().equals(e.article()) || !known.matches(e)) continue;
                Set<String> shared = new HashSet<>(known.actors());
                shared.retainAll(e.actors());
                if (shared.size() > bestShared || shared.size() == bestShared && known.iri().compareTo(best.iri()) < 0) {
                    best = known;
                    bestShared = shared.size();
                }
            }
        }
        return best;
    }
}
