package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.store.NewsStore;
import org.newskg.store.StoreValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the store against the SHACL shapes of ontology/shapes.ttl; exit 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        List<StoreValidator.Violation> violations;
        try (NewsStore s = NewsStore.openExisting(store.db)) {
            violations = new StoreValidator().validate(s);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (violations.isEmpty()) {
            out.println("conforms: no SHACL violations in " + store.db);
            out.flush();
            return Newskg.OK;
        }
        violations.forEach(v -> out.println("violation " + v));
        out.println(violations.size() + " SHACL violation(s) in " + store.db);
        out.flush();
        return Newskg.SOFTWARE;
    }
}
