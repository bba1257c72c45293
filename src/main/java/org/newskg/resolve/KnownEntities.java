package org.newskg.resolve;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The port through which {@link StoreResolver} learns what is already known: the articles, people,
 * organisations and event reports stored so far, in resolution's own terms. Resolution knows nothing
 * of RDF or stores; the adapter that reads a store's graphs and implements this port lives in the
 * store layer (StoredEntities there): resolution stays below rdf and store.
 */
public interface KnownEntities {
    /** The content hash of every article graph known, by graph IRI: what changed shows as a hash not seen before. */
    Map<String, String> contentHashes();

    /**
     * Tells {@code sink} what the given article graphs say ({@code graphs} null: every graph). Whatever
     * the graphs' number, articles come before actors and actors before events, graph by graph in IRI
     * order when graphs are read in parts, so the same knowledge always gives the same index.
     */
    void read(Collection<String> graphs, Sink sink);

    /** Receives what {@link #read} finds. */
    interface Sink {
        void article(String iri, StoredArticle article);

        void actor(KnownActor actor);

        void event(EventSignature event);
    }

    /**
     * A known person or organisation.
     *
     * @param label the label it is known by
     * @param names every name it was seen under, the label among them
     */
    record KnownActor(String iri, boolean person, String label, List<String> names) {
        public KnownActor {
            names = List.copyOf(names);
        }
    }
}
