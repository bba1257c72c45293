package org.newskg.watch;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.store.NewsStore;
import org.newskg.store.SourceLedger;
import org.newskg.store.SourceRecord;

/** The ledger's records of the files under the watched folders, read once and kept in step with it. */
final class LedgerView {
    private final SourceLedger ledger;
    private final Map<String, SourceRecord> records = new HashMap<>();

    LedgerView(NewsStore store, List<Path> folders) {
        this.ledger = store.ledger();
        for (Path folder : folders) records.putAll(ledger.startingWith(Watch.under(folder)));
    }

    /** True when {@code file} looks as it did when it was last read. */
    boolean unchanged(Path file, SteadyFiles.Look look) {
        SourceRecord r = records.get(file.toString());
        return r != null && r.sameFile(look.size(), look.modified());
    }

    SourceRecord record(String location) {
        return records.get(location);
    }

    /** The recorded files under {@code folder}. */
    List<String> locationsUnder(Path folder) {
        String prefix = Watch.under(folder);
        return records.keySet().stream().filter(l -> l.startsWith(prefix)).sorted().toList();
    }

    /** The articles every recorded file but {@code location} gave. */
    Set<String> articlesExcept(String location) {
        Set<String> out = new HashSet<>();
        records.forEach((l, r) -> {
            if (!l.equals(location)) out.addAll(r.articles());
        });
        return out;
    }

    void put(Collection<SourceRecord> rs) {
        ledger.put(rs);
        rs.forEach(r -> records.put(r.location(), r));
    }

    void forget(String location) {
        ledger.forget(location);
        records.remove(location);
    }
}
