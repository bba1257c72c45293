package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.EventDate;
import org.newskg.extract.Extraction.EventKind;
import org.newskg.extract.Extraction.Span;

/** An event being assembled from the sentences of one article; several reports of it merge into one. */
final class EventBuilder {
    final EventKind kind;
    final Set<String> participants = new LinkedHashSet<>();
    final Set<String> proposedBy = new LinkedHashSet<>();
    final Set<String> acceptedBy = new LinkedHashSet<>();
    final Set<String> rejectedBy = new LinkedHashSet<>();
    final Set<Span> evidence = new LinkedHashSet<>();
    /** Participants that only stand in for unnamed people ("US officials"): dropped once a person is named. */
    final Set<String> weak = new LinkedHashSet<>();
    /** Index of the last sentence that reported the event. */
    int lastSentence = -1;
    /** Told as the background of another event ("days after X met Y"). */
    boolean background;
    Extraction.Place place;
    /** Wider places its reports also gave it ("in X, a town in the Y district": Y for X). */
    final Set<String> widerPlaces = new LinkedHashSet<>();
    EventDate date;
    String attacker;
    /** The attacker comes from an attribution ("claimed responsibility", "blamed X"), not from word order. */
    boolean attributed;
    String weapon;
    Integer killed;
    Integer injured;
    /** Every toll reported, by what it says: the same figure from the same source twice is one. */
    final Map<List<Object>, Extraction.Toll> tolls = new LinkedHashMap<>();
    String topic;
    String status;

    EventBuilder(EventKind kind) {
        this.kind = kind;
    }

    void addToll(Extraction.Toll t) {
        tolls.putIfAbsent(Arrays.asList(t.killed(), t.injured(), t.qualifier(), t.upTo(), t.source()), t);
    }

    /** Both name one place, or one report names the other's place as wider than its own. */
    boolean samePlace(EventBuilder o) {
        if (place == null || o.place == null) return false;
        return place.name().equals(o.place.name()) || o.widerPlaces.contains(place.name()) || widerPlaces.contains(o.place.name());
    }

    boolean sameDate(EventBuilder o) {
        return date != null && o.date != null && date.value().equals(o.date.value());
    }

    /** Neither contradicts the other on place or date. */
    boolean compatible(EventBuilder o) {
        boolean places = place == null || o.place == null || samePlace(o);
        boolean dates = date == null || o.date == null || sameDate(o);
        return places && dates;
    }

    void absorb(EventBuilder o) {
        // Weak only where no report names it as a party in its own right.
        for (String w : o.weak) if (!participants.contains(w) || weak.contains(w)) weak.add(w);
        weak.removeIf(id -> o.participants.contains(id) && !o.weak.contains(id));
        participants.addAll(o.participants);
        lastSentence = Math.max(lastSentence, o.lastSentence);
        background &= o.background;
        proposedBy.addAll(o.proposedBy);
        acceptedBy.addAll(o.acceptedBy);
        rejectedBy.addAll(o.rejectedBy);
        evidence.addAll(o.evidence);
        widerPlaces.addAll(o.widerPlaces);
        boolean within = place != null && o.place != null && o.widerPlaces.contains(place.name());
        if (place == null || within || isCountryLevel(place) && o.place != null && !isCountryLevel(o.place)) {
            place = o.place;
        } else if (o.place != null && place.name().equals(o.place.name()) && !o.place.aliases().isEmpty()) {
            java.util.Set<String> names = new java.util.LinkedHashSet<>(place.aliases());
            names.addAll(o.place.aliases());
            place = new Extraction.Place(place.name(), place.country(), new ArrayList<>(names));
        }
        if (date == null) date = o.date;
        if (attacker == null || o.attributed && !attributed && o.attacker != null) {
            attacker = o.attacker;
            attributed = o.attributed;
        }
        if (weapon == null) weapon = o.weapon;
        if (killed == null) killed = o.killed;
        if (injured == null) injured = o.injured;
        o.tolls.values().forEach(this::addToll);
        if (topic == null) topic = o.topic;
        if (status == null) status = o.status;
    }

    static boolean isCountryLevel(Extraction.Place p) {
        return p.name().length() > 0 && p.country() != null && p.name().equals(CountryNames.name(p.country()));
    }

    Extraction.Event build(String id) {
        participants.removeAll(List.of(""));
        return new Extraction.Event(id, kind, new ArrayList<>(participants), place, date, attacker, weapon, killed, injured, new ArrayList<>(tolls.values()),
                topic, status, new ArrayList<>(proposedBy), new ArrayList<>(acceptedBy), new ArrayList<>(rejectedBy),
                new ArrayList<>(evidence));
    }
}
