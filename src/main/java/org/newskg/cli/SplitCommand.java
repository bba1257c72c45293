package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.resolve.Curation;
import org.newskg.store.NewsStore;
import org.newskg.store.NodeRewriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "split", mixinStandardHelpOptions = true,
        description = {"Say that NAME is someone else than IRI: the articles that call IRI by NAME get a node of its own "
                + "for it, and the curation file records it so that later ingests keep them apart."})
final class SplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    CurationOptions curation;

    @Parameters(index = "0", paramLabel = "IRI", description = "IRI of the node that wrongly holds NAME.")
    String iri;

    @Parameters(index = "1", paramLabel = "NAME", description = "The name (label or variant) that is someone else.")
    String name;

    @Override
    public Integer call() {
        String target;
        try {
            target = SplitTarget.of(iri, name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Curation c = curation.load();
        c.record(Curation.Verb.DIFFERENT, iri, name);
        var named = NodeFactory.createURI(iri);
        List<String> changed;
        try (NewsStore s = NewsStore.openExisting(store.db)) {
            changed = new NodeRewriter(s).replace(iri, target, name, (g, triples) -> triples.stream().anyMatch(t ->
                    t.getSubject().equals(named) && (t.getPredicate().equals(RDFS.label.asNode()) || t.getPredicate().equals(SKOS.altLabel.asNode()))
                            && t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equalsIgnoreCase(name)));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("split \"%s\" off %s as %s in %d article(s); recorded in %s%n", name, iri, target, changed.size(), curation.path());
        out.flush();
        return Newskg.OK;
    }
}
