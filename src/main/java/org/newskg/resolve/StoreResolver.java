package org.newskg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.ActorKind;
import org.newskg.extract.Extraction.Event;
import org.newskg.ingest.Article;
import org.newskg.id.Iris;
import org.newskg.id.Keys;

/**
 * Resolution against what is already known: the store's people, organisations and events (read
 * when the first article arrives, then, before each batch, those of the article graphs other writers
 * added or changed meanwhile: see {@link #learn}) and everything resolved since in this run. A person named
 * "Ostrovskiy" joins the "Pavlo Ostrovsky" already stored; a meeting in Paris with a shared
 * participant joins the Paris meeting another outlet reported. What matches nothing gets the IRI
 * its own keys give ({@link KeyResolver}).
 */
public final class StoreResolver implements Resolver {
    /** The date source of an article whose date is only its file's modification time. */

    private final KnownEntities store;
    private final Curation curation;
    private final KeyResolver keys = new KeyResolver();
    private EntityIndex index;
    /** The article graphs whose statements the index holds, with their content hash. */
    private final Map<String, String> known = new HashMap<>();

    /** {@code store}: what is known already, read through the port (for a store: {@code new StoredEntities(store)}). */
    public StoreResolver(KnownEntities store, Curation curation) {
        this.store = store;
        this.curation = curation;
    }

    /**
     * The stored article with this IRI when its graph was made from the same source (the same
     * extraction, version and corrections), else null. Such an article is not resolved again: what
     * the store learnt after it was written (later articles, its own statements) must not change it,
     * so that a re-run, a split run or a resumed one gives the graph of one run.
     */
    public StoredArticle unchanged(String articleIri, String sourceHash) {
        StoredArticle stored = index().article(articleIri);
        return stored != null && stored.sourceHash().equals(sourceHash) ? stored : null;
    }

    /** Notes an article as resolved in this run, so that a second copy of it is not resolved again. */
    public void resolved(String articleIri, StoredArticle stored) {
        index().addArticle(articleIri, stored);
    }

    private EntityIndex index() {
        if (index == null) learn(Map.of());
        return index;
    }

    @Override
    public Resolution resolve(Extraction x) {
        index();
        Resolution base = keys.resolve(x);
        Map<String, String> actorIris = new HashMap<>(base.actorIris());
        Map<String, String> labels = new HashMap<>(base.actorLabels());
        for (Actor a : x.actors()) {
            String known = switch (a.kind()) {
                case Person -> firstNonNull(index.person(a.name()), a.aliases().stream().filter(n -> n.contains(" ")).map(index::person).toList());
                case Organization -> index.organisation(a.name(), a.aliases());
                case Country -> null;
            };
            if (known != null && curation.isDifferent(known, a.name())) known = null;
            String curated = curated(a, actorIris.get(a.id()), known);
            if (curated != null) known = curated;
            if (known != null) {
                actorIris.put(a.id(), known);
                if (index.label(known) != null) labels.put(a.id(), index.label(known));
            }
            List<String> names = new ArrayList<>(a.aliases());
            names.add(0, a.name());
            if (a.kind() == ActorKind.Person) index.addPerson(actorIris.get(a.id()), labels.get(a.id()), names);
            if (a.kind() == ActorKind.Organization) index.addOrganisation(actorIris.get(a.id()), labels.get(a.id()), names);
        }
        Map<String, String> eventIris = new HashMap<>(base.eventIris());
        LocalDate inferred = null;
        boolean undated = x.article().dateSource().isCopyDate() || x.article().date() == null;
        ArticleRef article = new ArticleRef(Iris.article(x.article().key()),
                undated ? null : x.article().date());
        for (Event e : x.events()) {
            EventSignature sig = signature(e, eventIris.get(e.id()), article, actorIris);
            EventSignature known = index.event(sig);
            if (known != null) {
                eventIris.put(e.id(), known.iri());
                sig = signature(e, known.iri(), article, actorIris);
                boolean day = known.date() != null && known.precision() == Extraction.Precision.day;
                if (day && (inferred == null || known.date().isAfter(inferred))) inferred = known.date();
            } else if (index.reportedElsewhere(sig.iri(), sig.article())) {
                // Its key (kind, day and place) is another article's event, which this report contradicts
                // (other participants, another attacker): another event, with an IRI of its own.
                String own = sig.iri() + "-" + Keys.shortHash(String.join(",", new TreeSet<>(sig.actors())) + "|" + sig.attacker());
                eventIris.put(e.id(), own);
                sig = signature(e, own, article, actorIris);
            }
            index.addEvent(sig);
        }
        // An article dated only by its file's time takes the latest day of the events it shares with dated reports.
        return new Resolution(actorIris, labels, eventIris, undated ? inferred : null);
    }

    /**
     * Learns what other writers stored since the last call: the graphs whose content hash the index
     * has not seen are read into it (several ingest processes may feed one store). {@code written}:
     * the graphs this run stored meanwhile, which the index holds already.
     */
    @Override
    public void learn(Map<String, String> written) {
        known.putAll(written);
        // Hashes first: a graph that changes while the index is read is read again next time, never missed.
        Map<String, String> stored = store.contentHashes();
        if (index == null) {
            index = new EntityIndex();
            store.read(null, sink(index));
            known.putAll(stored);
            return;
        }
        List<String> changed = stored.keySet().stream().filter(g -> !stored.get(g).equals(known.get(g))).toList();
        store.read(changed, sink(index));
        for (String g : changed) known.put(g, stored.get(g));
    }

    /** Adds what the port reads to {@code index}. */
    private static KnownEntities.Sink sink(EntityIndex index) {
        return new KnownEntities.Sink() {
            @Override
            public void article(String iri, StoredArticle article) {
                index.addArticle(iri, article);
            }

            @Override
            public void actor(KnownEntities.KnownActor actor) {
                if (actor.person()) index.addPerson(actor.iri(), actor.label(), actor.names());
                else index.addOrganisation(actor.iri(), actor.label(), actor.names());
            }

            @Override
            public void event(EventSignature event) {
                index.addEvent(event);
            }
        };
    }

    /** What the analysts said this actor is: by its name, its variants, or the IRI resolution chose. */
    private String curated(Actor a, String keyIri, String known) {
        List<String> candidates = new ArrayList<>(List.of(a.name(), keyIri, known == null ? "" : known));
        candidates.addAll(a.aliases());
        for (String candidate : candidates) {
            String target = candidate.isEmpty() ? null : curation.sameAs(candidate);
            // A later "different" overrides an earlier "same" for this name.
            if (target != null && !curation.isDifferent(target, a.name())) return target;
        }
        return null;
    }

    private static String firstNonNull(String first, List<String> others) {
        if (first != null) return first;
        for (String o : others) if (o != null) return o;
        return null;
    }

    /** The article that reports an event, with the date that bounds its undated events (null: none). */
    record ArticleRef(String iri, LocalDate date) {}

    static EventSignature signature(Event e, String iri, ArticleRef article, Map<String, String> actorIris) {
        Set<String> actors = new HashSet<>();
        for (List<String> ids : List.of(e.participants(), e.proposedBy(), e.acceptedBy(), e.rejectedBy())) {
            for (String id : ids) actors.add(actorIris.get(id));
        }
        String place = e.place() == null ? null : Iris.place(e.place().name(), e.place().country());
        LocalDate date = e.date() == null ? null : e.date().value();
        Extraction.Precision precision = e.date() == null ? null : e.date().precision();
        return new EventSignature(iri, article.iri(), e.kind().name(), place, date, precision, article.date(), actors,
                e.attacker() == null ? null : actorIris.get(e.attacker()), e.topic(), e.killed());
    }
}
