package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.CountryGazetteer;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extraction.ActorKind;
import org.newskg.extract.Extraction.Span;
import org.newskg.extract.Gazetteer;
import org.newskg.extract.rules.Mention.Kind;
import org.newskg.extract.text.Sentence;

/**
 * One actor per real thing within an article: a person's surname or possessive later in the text is
 * the person named in full earlier (or later); every form of a country (name, demonym, capital,
 * seat of power) is the country. Actors get local ids in order of first mention.
 */
final class ActorTable {
    private static final int MAX_EVIDENCE = 5;

    private final Map<String, Builder> actors = new LinkedHashMap<>();
    private final Map<String, String> surnames = new HashMap<>();
    private final Map<String, Integer> countryMentions = new HashMap<>();
    private final CountryGazetteer countries = Gazetteer.get().countries();

    private static final class Builder {
        final ActorKind kind;
        final String key;
        String name;
        String id;
        String role;
        Mention roleAffiliation;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<Span> evidence = new LinkedHashSet<>();

        Builder(ActorKind kind, String key, String name) {
            this.kind = kind;
            this.key = key;
            this.name = name;
        }
    }

    /**
     * Resolves people's short forms against their full names and keeps the mentions that name an
     * actor; returns them with their resolved keys. Mentions that name nobody known are dropped.
     */
    List<Mention> resolve(List<Mention> mentions, java.util.Set<String> notPeople) {
        Set<String> people = new PersonEvidence().evidenced(mentions);
        for (Mention m : mentions) {
            if (m.kind() == Kind.PERSON && m.key() != null && m.to() - m.from() >= 2 && people.contains(m.key())) registerFullName(m.key());
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() == Kind.PLACE) {
                kept.add(m);
                continue;
            }
            Mention r = m;
            if (m.kind() == Kind.PERSON && m.key() != null && notPeople.contains(m.key())) continue;
            if (m.kind() == Kind.PERSON && m.key() != null && m.to() - m.from() >= 2 && !people.contains(m.key())) continue;
            if (m.kind() == Kind.PERSON && m.key() == null) {
                String who = referent(m);
                if (who == null) continue;
                r = m.withKey(who);
            } else if (m.kind() == Kind.ORGANIZATION && m.to() - m.from() == 1) {
                r = m.withKey(fullOrgName(m.key(), mentions));
            } else if (m.kind() == Kind.PERSON && m.to() - m.from() == 1) {
                String full = surnames.get(m.key());
                if (full != null) r = m.withKey(full);
                else if (m.role() == null) continue;
            }
            kept.add(r);
            // Outlets and agencies report the story; they are actors only in the events that name them.
            if (!ClauseFrames.isOutlet(r)) add(r);
        }
        return kept;
    }

    /** "Police" alone is the one organisation of the article whose name ends so ("Kosovo police"), if only one does. */
    private static String fullOrgName(String word, List<Mention> mentions) {
        String tail = " " + word.toLowerCase(Locale.ROOT);
        String found = null;
        for (Mention m : mentions) {
            if (m.kind() != Kind.ORGANIZATION || m.key() == null || !m.key().toLowerCase(Locale.ROOT).endsWith(tail)) continue;
            if (found != null && !found.equals(m.key())) return word;
            found = m.key();
        }
        return found == null ? word : found;
    }

    /**
     * The person a title alone refers to: the one person so far given that title ("the spokesman"
     * after "Kremlin spokesman Oleg Ivanov"), of the title's affiliation when it names one ("the
     * Kremlin chief"). Nobody when no one, or more than one person, holds it: another office-holder
     * of the same side is not the one meant.
     */
    private String referent(Mention titleAlone) {
        Mention owner = titleAlone.role().affiliation();
        Sentence s = titleAlone.sentence();
        int from = owner == null ? titleAlone.from() : owner.to();
        if (from < titleAlone.to() && s.token(from).isPossessive()) from++;
        String title = s.span(from, titleAlone.to()).toLowerCase(Locale.ROOT);
        String found = null;
        for (Builder b : actors.values()) {
            if (b.kind != ActorKind.Person || b.role == null || !holds(b.role, title)) continue;
            boolean sameSide = owner == null || b.roleAffiliation != null && b.roleAffiliation.kind() == owner.kind()
                    && b.roleAffiliation.key().equals(owner.key());
            if (!sameSide) continue;
            if (found != null && !found.equals(b.key)) return null;
            found = b.key;
        }
        return found;
    }

    /** "Kremlin spokesman" holds "spokesman"; "chief of staff" does not hold "chief". */
    private static boolean holds(String role, String title) {
        String r = " " + role.toLowerCase(Locale.ROOT) + " ";
        int at = r.indexOf(" " + title + " ");
        return at >= 0 && !r.startsWith("of ", at + title.length() + 2);
    }

    private void registerFullName(String full) {
        String[] parts = full.split("\\s+");
        String last = parts[parts.length - 1];
        surnames.putIfAbsent(last, full);
        int hyphen = last.indexOf('-');
        if (hyphen > 0 && hyphen < last.length() - 1) {
            String rest = last.substring(hyphen + 1);
            surnames.putIfAbsent(Character.toUpperCase(rest.charAt(0)) + rest.substring(1), full);
        }
    }

    private void add(Mention m) {
        ActorKind kind = switch (m.kind()) {
            case PERSON -> ActorKind.Person;
            case COUNTRY -> ActorKind.Country;
            default -> ActorKind.Organization;
        };
        Builder b = actors.computeIfAbsent(kind + ":" + m.key(), k -> new Builder(kind, m.key(), displayName(kind, m.key())));
        String written = m.text();
        boolean titleAlone = m.role() != null && written.equals(m.role().text());
        if (!written.equals(b.name) && !titleAlone) b.aliases.add(written);
        if (b.evidence.size() < MAX_EVIDENCE) b.evidence.add(new Span(m.sentence().start(), m.sentence().end()));
        // "in Cuba" says where, not whose: only the other uses count towards the article's own country.
        if (kind == ActorKind.Country && m.use() != Mention.Use.LOCATION) countryMentions.merge(m.key(), 1, Integer::sum);
        if (m.role() != null && b.role == null && !titleAlone) {
            b.role = m.role().text();
            b.roleAffiliation = m.role().affiliation();
        } else if (m.role() != null && b.roleAffiliation == null) {
            // "President X" first, "Kenyan President X" later: the later title tells whom X acts for.
            b.roleAffiliation = m.role().affiliation();
        }
    }

    private String displayName(ActorKind kind, String key) {
        if (kind == ActorKind.Country) return countries.byCode(key).map(CountryGazetteer.Country::name).orElse(key);
        return key;
    }

    /** The local id of the actor a mention names (after {@link #resolve}), or null. */
    String idOf(Mention m) {
        if (!m.isActor()) return null;
        ActorKind kind = switch (m.kind()) {
            case PERSON -> ActorKind.Person;
            case COUNTRY -> ActorKind.Country;
            default -> ActorKind.Organization;
        };
        Builder b = actors.get(kind + ":" + m.key());
        return b == null ? null : ensureId(b);
    }

    /** True when the local id names a person. */
    boolean isPerson(String id) {
        for (Builder b : actors.values()) if (id.equals(b.id)) return b.kind == ActorKind.Person;
        return false;
    }

    private String ensureId(Builder b) {
        if (b.id == null) b.id = "a" + (indexOf(b) + 1);
        return b.id;
    }

    private int indexOf(Builder b) {
        int i = 0;
        for (Builder x : actors.values()) {
            if (x == b) return i;
            i++;
        }
        throw new IllegalStateException("unknown actor " + b.key);
    }

    /** The actors, with affiliations resolved (a person's affiliation through another person, one step). */
    List<Extraction.Actor> actors() {
        List<Extraction.Actor> out = new ArrayList<>();
        for (Builder b : actors.values()) {
            String affiliation = null;
            Mention via = b.roleAffiliation;
            if (via != null && via.kind() == Kind.PERSON) {
                Builder owner = actors.get(ActorKind.Person + ":" + via.key());
                via = owner == null ? null : owner.roleAffiliation;
                if (via != null && via.kind() == Kind.PERSON) via = null;
            }
            if (via != null) affiliation = idOf(via);
            if (affiliation == null && b.role != null && holdsStateOffice(b.role) && mainCountry() != null && !facesMainCountry(b)) {
                affiliation = ensureId(actors.get(ActorKind.Country + ":" + mainCountry()));
            }
            String code = b.kind == ActorKind.Country ? b.key : null;
            String qid = wikidata(b);
            out.add(new Extraction.Actor(ensureId(b), b.kind, b.name, List.copyOf(b.aliases), b.role, affiliation,
                    code, qid, List.copyOf(b.evidence)));
        }
        return out;
    }

    /**
     * Whether a sentence that names the person also names someone whose title ties them to the main
     * country ("Minister X held talks with the Deputy Premier of Chile Y"): X is then set apart from
     * that country, and an untied title of X says nothing of which country X serves.
     */
    private boolean facesMainCountry(Builder b) {
        for (Builder o : actors.values()) {
            if (o == b || o.kind != ActorKind.Person || o.roleAffiliation == null || o.roleAffiliation.kind() != Kind.COUNTRY
                    || !o.roleAffiliation.key().equals(mainCountry())) continue;
            for (Span e : o.evidence) if (b.evidence.contains(e)) return true;
        }
        return false;
    }

    private static boolean holdsStateOffice(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        for (String t : RuleLexicon.get().stateTitles) if (r.equals(t) || r.endsWith(" " + t)) return true;
        return false;
    }

    /** The country the article names at least twice as often as any other, or null. */
    private String mainCountry() {
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : countryMentions.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                best = e.getKey();
                top = e.getValue();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= 2 * second && top >= 2 ? best : null;
    }

    private String wikidata(Builder b) {
        if (b.kind == ActorKind.Country) return countries.byCode(b.key).map(CountryGazetteer.Country::wikidata).orElse(null);
        if (b.kind == ActorKind.Organization) {
            for (Gazetteer.Entry e : Gazetteer.get().index().get(b.key)) {
                if (e instanceof Gazetteer.Org o && o.wikidata() != null) return o.wikidata();
            }
        }
        return null;
    }
}
