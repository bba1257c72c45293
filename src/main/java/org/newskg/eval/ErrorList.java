package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.Actor;
import org.newskg.extract.Extraction.Event;
import org.newskg.extract.Extraction.Span;

/**
 * The mistakes of one kind (or of people's "role" or "affiliation") in the tuning splits, for whoever tunes the rules: what was predicted
 * and matched nothing (false) and what the gold holds and nothing found (missed). The test split is
 * never listed, so that nobody tunes on it by accident.
 */
public final class ErrorList {
    private final String kind;
    private final List<String> lines = new ArrayList<>();

    public ErrorList(String kind) {
        this.kind = kind;
    }

    public List<String> lines() {
        return lines;
    }

    /** Adds the mistakes in one article, unless it belongs to the test split. */
    public void add(GoldArticle g, Extraction predicted) {
        String cleanedText = predicted.article().text();
        if (g.split().equals("test")) return;
        Extraction gold = g.gold();
        String file = g.file().getFileName().toString();
        if (kind.equals("role") || kind.equals("affiliation")) {
            addAttributes(file, gold, predicted);
            return;
        }
        if (kind.equals("attacker")) {
            addAttackers(file, gold, predicted);
            return;
        }
        for (Actor p : predicted.actors()) {
            if (p.kind().name().equals(kind) && gold.actors().stream().noneMatch(x -> Score.same(p, x))) {
                lines.add(file + "  false   " + describe(p, predicted, cleanedText));
            }
        }
        for (Actor x : gold.actors()) {
            if (x.kind().name().equals(kind) && predicted.actors().stream().noneMatch(p -> Score.same(p, x))) {
                lines.add(file + "  missed  " + describe(x, gold, gold.article().text()));
            }
        }
        for (Event p : predicted.events()) {
            if (p.kind().name().equals(kind) && gold.events().stream().noneMatch(x -> Score.same(p, predicted, x, gold))) {
                lines.add(file + "  false   " + describe(p, predicted, cleanedText));
            }
        }
        for (Event x : gold.events()) {
            if (x.kind().name().equals(kind) && predicted.events().stream().noneMatch(p -> Score.same(p, predicted, x, gold))) {
                lines.add(file + "  missed  " + describe(x, gold, gold.article().text()));
            }
        }
    }

    /** People found whose role or affiliation differs from the gold's: "gold / predicted". */
    private void addAttributes(String file, Extraction gold, Extraction predicted) {
        for (Actor ga : gold.actors()) {
            Actor pa = predicted.actors().stream().filter(p -> Score.same(p, ga)).findFirst().orElse(null);
            if (pa == null) continue;
            String g = kind.equals("role") ? ga.role() : ga.affiliation() == null ? null : name(gold, ga.affiliation());
            String p = kind.equals("role") ? pa.role() : pa.affiliation() == null ? null : name(predicted, pa.affiliation());
            if (g != null && !g.equalsIgnoreCase(String.valueOf(p))) lines.add(file + "  " + ga.name() + ": " + g + " / " + p + quote(ga.evidence(), gold.article().text()));
        }
    }

    /** Attacks found whose attacker differs from the gold's: "gold / predicted". */
    private void addAttackers(String file, Extraction gold, Extraction predicted) {
        for (Event ge : gold.events()) {
            if (ge.attacker() == null) continue;
            Event pe = predicted.events().stream().filter(p -> Score.same(p, predicted, ge, gold)).findFirst().orElse(null);
            if (pe == null) continue;
            String g = name(gold, ge.attacker());
            String p = pe.attacker() == null ? null : name(predicted, pe.attacker());
            boolean same = pe.attacker() != null && Score.same(Score.actor(predicted, pe.attacker()), Score.actor(gold, ge.attacker()));
            if (!same) lines.add(file + "  " + g + " / " + p + quote(ge.evidence(), gold.article().text()));
        }
    }

    private static String describe(Actor a, Extraction x, String text) {
        return a.name() + (a.role() == null ? "" : " [" + a.role() + "]") + (a.affiliation() == null ? "" : " of " + name(x, a.affiliation()))
                + quote(a.evidence(), text);
    }

    private static String describe(Event e, Extraction x, String text) {
        String who = e.participants().stream().map(id -> name(x, id)).collect(Collectors.joining(", "));
        StringBuilder b = new StringBuilder("{" + who + "}");
        if (e.place() != null) b.append(" at ").append(e.place().name());
        if (e.date() != null) b.append(" on ").append(e.date().value());
        if (e.attacker() != null) b.append(" by ").append(name(x, e.attacker()));
        if (e.killed() != null) b.append(" killed ").append(e.killed());
        if (e.topic() != null) b.append(" topic ").append(e.topic());
        if (e.status() != null) b.append(" status ").append(e.status());
        return b + quote(e.evidence(), text);
    }

    private static String name(Extraction x, String id) {
        Actor a = Score.actor(x, id);
        return a == null ? id : a.name();
    }

    private static String quote(List<Span> evidence, String text) {
        if (evidence.isEmpty() || text == null) return "";
        Span s = evidence.get(0);
        if (s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) return "";
        String q = text.substring(s.start(), Math.min(s.end(), s.start() + 220)).replaceAll("\\s+", " ");
        return String.format(Locale.ROOT, "%n      \"%s\"", q);
    }
}
