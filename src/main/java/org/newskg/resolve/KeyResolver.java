package org.newskg.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.Event;
import org.newskg.id.Keys;
import org.newskg.id.Iris;

/**
 * IRIs from the things themselves, knowing nothing else: a country by its ISO code, a person or an
 * organisation by its normalised name, a meeting or an attack by its kind, day and place, other
 * events by what defines them; an event with neither date nor place stays within its article.
 */
public class KeyResolver implements Resolver {
    @Override
    public Resolution resolve(Extraction x) {
        Map<String, String> actors = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (Actor a : x.actors()) {
            actors.put(a.id(), actorIri(a));
            labels.put(a.id(), a.name());
        }
        Map<String, String> events = new HashMap<>();
        String articleKey = x.article().key();
        for (Event e : x.events()) events.put(e.id(), eventIri(e, actors, articleKey));
        return new Resolution(actors, labels, events);
    }

    static String actorIri(Actor a) {
        if (a.kind() == Extraction.ActorKind.Country && a.code() != null) return Iris.country(a.code());
        return Iris.actor(a.kind().name(), a.name());
    }

    static String eventIri(Event e, Map<String, String> actorIris, String articleKey) {
        return Iris.event(e.kind().name(), eventKey(e, actorIris, articleKey));
    }

    private static String eventKey(Event e, Map<String, String> actorIris, String articleKey) {
        if (e.date() == null && e.place() == null) return articleKey + "-" + Iris.slug(e.id());
        boolean dayAndPlace = e.date() != null && e.date().precision() == Extraction.Precision.day && e.place() != null;
        if (dayAndPlace && e.kind() != Extraction.EventKind.Negotiation) {
            return Keys.shortHash(String.join("|", e.kind().name(), e.date().value().toString(), e.place().name(),
                    String.valueOf(e.place().country())));
        }
        TreeSet<String> actors = new TreeSet<>();
        for (List<String> ids : List.of(e.participants(), e.proposedBy(), e.acceptedBy(), e.rejectedBy())) {
            for (String id : ids) actors.add(actorIris.get(id));
        }
        if (e.attacker() != null) actors.add(actorIris.get(e.attacker()));
        String place = e.place() == null ? "-" : e.place().name() + "/" + e.place().country();
        String defining = String.join("|", e.kind().name(), String.valueOf(e.date()), place,
                String.join(",", actors), String.valueOf(e.topic()));
        return Keys.shortHash(defining);
    }
}
