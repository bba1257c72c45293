package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.Gazetteer;
import org.newskg.extract.rules.Mention.Kind;
import org.newskg.extract.text.PhraseIndex;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Token;

/**
 * Finds the names in a sentence: titles first (so "Foreign Minister" is never a name), then
 * gazetteer phrases (countries, demonyms, capitals, seats, organisations, cities in a place
 * context), then runs of capitalised words: an organisation when a word such as "Forces" or
 * "Ministry" is in the run, otherwise a person. One instance reads one article, since acronyms
 * defined as "Full Name (FN)" hold for the rest of it.
 */
final class MentionFinder {
    /** Capitalised only because they start a sentence: never the first word of an organisation's name. */
    private static final java.util.regex.Pattern SENTENCE_WORDS =
            java.util.regex.Pattern.compile("The|A|An|But|And|Or|On|In|At|By|For|From|As|After|Before|While|When|Meanwhile|However");

    private final Gazetteer gazetteer = Gazetteer.get();
    private final RuleLexicon lex = RuleLexicon.get();
    private final RoleParser roles = new RoleParser();
    private final OrgNames orgNames = new OrgNames();
    private final PlaceCues cues = new PlaceCues();
    private final Map<String, String> acronyms = new HashMap<>();
    private final java.util.Set<String> namesAfterArticle = new java.util.HashSet<>();

    /** Names seen after "the" or "a" in the article so far: things, not people ("the Ras Isa terminal"). */
    java.util.Set<String> namesAfterArticle() {
        return namesAfterArticle;
    }

    /** Token tags of one sentence. */
    enum Tag { NONE, TITLE, GAZ, NAME }

    List<Mention> find(Sentence s) {
        int n = s.size();
        Tag[] tags = new Tag[n];
        java.util.Arrays.fill(tags, Tag.NONE);
        for (int i = 0; i < n; ) {
            PhraseIndex.Match<String> t = s.token(i).isWord() ? lex.titles.longestAt(s.tokens(), i) : null;
            // "General Hospital", "Supreme Council": a title word that an organisation's keyword follows is part of its name.
            if (t == null || i + t.length() < n && lex.orgKeywords.contains(s.token(i + t.length()).text())) {
                i++;
                continue;
            }
            for (int k = i; k < i + t.length(); k++) tags[k] = Tag.TITLE;
            i += t.length();
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < n; ) {
            Token tok = s.token(i);
            if (tags[i] != Tag.NONE || !(tok.isCapitalised() || particleName(s, i)) || !tok.isWord()) {
                i++;
                continue;
            }
            PhraseIndex.Match<Gazetteer.Entry> m = gazetteer.index().longestAt(s.tokens(), i);
            Gazetteer.Entry best = m == null ? null : best(m.values());
            if (best != null && !(best instanceof Gazetteer.Org) && notThePlace(s, tags, i, i + m.length())) best = null;
            // "Ras X": a city's name inside a longer name of capitalised words is not that city.
            boolean inName = i > 0 && tags[i - 1] == Tag.NONE && s.token(i - 1).isWord() && s.token(i - 1).isCapitalised()
                    && !lex.notNames.contains(s.token(i - 1).text());
            Mention found = best == null ? null : fromGazetteer(s, i, i + m.length(), best, m.values(), inName);
            if (found == null) {
                i++;
                continue;
            }
            if (best instanceof Gazetteer.CountryName && cues.isLocative(s, i) && !(found.to() < n && s.token(found.to()).isPossessive())) {
                // "in Oman": the country is where something happens, not who does it.
                found = found.withUse(Mention.Use.LOCATION);
                out.add(new Mention(Kind.PLACE, s, i, found.to(), CountryNames.name(found.key()), found.key(), null, Mention.Use.PLAIN));
            }
            for (int k = i; k < found.to(); k++) tags[k] = Tag.GAZ;
            out.add(found);
            i = found.to();
        }
        namesAndOrganisations(s, tags, out);
        orgNames.lowerCase(s, tags, out);
        titlesAlone(s, tags, out);
        out.sort(java.util.Comparator.comparingInt(Mention::from));
        return roles.attach(s, tags, out);
    }

    /**
     * "the minister", "the Kremlin chief": a title with no name after it refers back to a person;
     * the mention carries no name (key null) and is resolved by {@link ActorTable}.
     */
    private void titlesAlone(Sentence s, Tag[] tags, List<Mention> out) {
        for (int i = 0; i < s.size(); i++) {
            if (tags[i] != Tag.TITLE || (i > 0 && tags[i - 1] == Tag.TITLE)) continue;
            int end = i;
            while (end < s.size() && tags[end] == Tag.TITLE) end++;
            if (end < s.size() && (tags[end] == Tag.NAME || s.token(end).isCapitalised())) continue;
            Mention owner = null;
            int start = i;
            for (Mention m : out) {
                if (m.to() == i && (m.kind() == Kind.COUNTRY || m.kind() == Kind.ORGANIZATION)) owner = m;
            }
            if (owner != null) start = owner.from();
            if (start == 0 || !s.token(start - 1).lower().equals("the")) continue;
            out.add(new Mention(Kind.PERSON, s, start, end, null, null, new Mention.Role(s.span(start, end), owner), Mention.Use.PLAIN));
        }
    }

    /** The quotation marks of a nickname inside a name: "Ana “La Jefa” Ruiz", with the surname after it. */
    private static boolean quotedNickname(Sentence s, int i) {
        String q = s.token(i).text();
        if (!q.equals("“") && !q.equals("”") && !q.equals("\"")) return false;
        boolean opening = !q.equals("”") && i > 0 && s.token(i - 1).isCapitalised() && s.token(i - 1).isWord();
        int step = opening ? 1 : -1;
        for (int k = i + step, n = 0; k >= 0 && k < s.size() && n < 4; k += step, n++) {
            String t = s.token(k).text();
            if (t.equals("“") || t.equals("”") || t.equals("\"")) {
                int after = opening ? k + 1 : i + 1;
                return n > 0 && after < s.size() && s.token(after).isCapitalised() && s.token(after).isWord();
            }
            if (!s.token(k).isCapitalised() || !s.token(k).isWord()) return false;
        }
        return false;
    }

    /** "al-Shabab", "al Qaeda": a name that a lower-case particle begins. */
    private boolean particleName(Sentence s, int i) {
        String w = s.token(i).lower();
        int hyphen = w.indexOf('-');
        if (hyphen > 0) return lex.nameParticles.contains(w.substring(0, hyphen)) && Character.isUpperCase(s.token(i).text().charAt(hyphen + 1));
        return lex.nameParticles.contains(w) && i + 1 < s.size() && s.token(i + 1).isCapitalised();
    }

    /**
     * "Prime Minister Sofia Ruiz": a one-word name after a title, with a capitalised word after it,
     * starts a person's name, whatever city shares it; "the Chile Trench", "the Panama Canal": a feature named after a country or city.
     */
    private boolean notThePlace(Sentence s, Tag[] tags, int from, int to) {
        boolean nextCapitalised = to < s.size() && s.token(to).isCapitalised() && s.token(to).isWord();
        if (nextCapitalised && lex.featureNouns.contains(s.token(to).text())) return true;
        return nextCapitalised && from > 0 && tags[from - 1] == Tag.TITLE && to - from == 1 && !lex.orgKeywords.contains(s.token(to).text());
    }

    /** Runs of capitalised words that the gazetteer did not claim. */
    private void namesAndOrganisations(Sentence s, Tag[] tags, List<Mention> out) {
        int n = s.size();
        for (int a = 0; a < n; ) {
            if (!startsName(s, tags, a)) {
                a++;
                continue;
            }
            // "RCM military spokesman": an acronym the article spelled out earlier, before any name it could start.
            String spelled = tags[a] == Tag.NONE ? acronyms.get(s.token(a).text()) : null;
            if (spelled != null) {
                out.add(new Mention(Kind.ORGANIZATION, s, a, a + 1, spelled, null, null, Mention.Use.PLAIN));
                tags[a++] = Tag.GAZ;
                continue;
            }
            int b = a + 1;
            while (b < n && (continuesName(s, tags, b))) b++;
            if (containsOrgKeyword(s, a, b) && !coveredByOneOrg(out, a, b)) {
                int start = a;
                while (start < b && SENTENCE_WORDS.matcher(s.token(start).text()).matches()) start++;
                start = orgNames.start(s, tags, start, out);
                b = orgNames.end(s, tags, b);
                final int from = start;
                final int end = b;
                // A country inside the name ("Kosovo Police", "National Police of Peru") stays a country, not an actor here.
                out.replaceAll(m -> m.kind() == Kind.COUNTRY && m.from() >= from && m.to() <= end ? m.withUse(Mention.Use.TITLE_AFFILIATION) : m);
                out.removeIf(m -> m.kind() != Kind.COUNTRY && m.from() >= from && m.to() <= end);
                String name = s.span(from, b);
                out.add(new Mention(Kind.ORGANIZATION, s, from, b, name, null, null, Mention.Use.PLAIN));
                acronymAfter(s, b, name, out);
                for (int k = from; k < b; k++) tags[k] = Tag.GAZ;
            } else {
                personsIn(s, tags, a, b, out);
            }
            a = b;
        }
        for (int i = 0; i < n; i++) {
            String org = tags[i] == Tag.NONE ? acronyms.get(s.token(i).text()) : null;
            if (org != null) out.add(new Mention(Kind.ORGANIZATION, s, i, i + 1, org, null, null, Mention.Use.PLAIN));
        }
    }

    /** The gazetteer already named the organisation this run spells out. */
    private static boolean coveredByOneOrg(List<Mention> out, int a, int b) {
        for (Mention m : out) {
            if (m.kind() == Kind.ORGANIZATION && m.from() <= a + 1 && m.to() == b) return true;
        }
        return false;
    }

    private boolean startsName(Sentence s, Tag[] tags, int i) {
        Token t = s.token(i);
        return tags[i] != Tag.TITLE && t.isWord() && t.isCapitalised();
    }

    private boolean continuesName(Sentence s, Tag[] tags, int i) {
        Token t = s.token(i);
        // "Antony J. Smith": the period of a middle initial, with the name going on after it.
        if (t.text().equals(".") && i > 0 && i + 1 < s.size() && s.token(i - 1).text().length() == 1
                && s.token(i - 1).isCapitalised() && s.token(i + 1).isCapitalised() && s.token(i + 1).isWord()) return true;
        if (quotedNickname(s, i)) return true;
        if (tags[i] == Tag.TITLE || !t.isWord()) return false;
        if (t.isCapitalised()) return true;
        // "al-Sisi", "bin Salman": a particle joins the run when a capitalised word follows or is attached.
        String lower = t.lower();
        int hyphen = lower.indexOf('-');
        if (hyphen > 0 && lex.nameParticles.contains(lower.substring(0, hyphen))) return true;
        // "de la Vega": particles in a row join when a capitalised word ends them.
        int next = i + 1;
        while (next < s.size() && lex.nameParticles.contains(s.token(next).lower())) next++;
        return lex.nameParticles.contains(lower) && next < s.size() && next - i <= 2 && s.token(next).isCapitalised();
    }

    private boolean containsOrgKeyword(Sentence s, int a, int b) {
        for (int k = a; k < b; k++) if (lex.orgKeywords.contains(s.token(k).text())) return true;
        return false;
    }

    /** People in a capitalised run: the parts the gazetteer did not claim, without sentence words. */
    private void personsIn(Sentence s, Tag[] tags, int a, int b, List<Mention> out) {
        for (int i = a; i < b; ) {
            if (tags[i] == Tag.GAZ) {
                i++;
                continue;
            }
            int j = i;
            while (j < b && tags[j] != Tag.GAZ) j++;
            int from = i;
            while (from < j && lex.notNames.contains(s.token(from).text())) from++;
            boolean clean = from < j;
            for (int k = from; k < j && clean; k++) clean = !lex.notNames.contains(s.token(k).text());
            // "Varnok Region": a word that is no name ends a division's name.
            boolean cleanButLast = !clean && j - from >= 2;
            for (int k = from; k < j - 1 && cleanButLast; k++) cleanButLast = !lex.notNames.contains(s.token(k).text());
            Mention division = cleanButLast ? cues.cued(s, from, j, cues.isLocative(s, from), out) : null;
            // "North X district": a compass word is part of the name that a kind of place follows.
            int named = from;
            while (named > i && lex.compassWords.contains(s.token(named - 1).text())) named--;
            boolean locative = cues.isLocative(s, named);
            if (division == null && clean && named < from && cues.kindAt(s, j, locative) != null) division = cues.cued(s, named, j, locative, out);
            if (division != null) {
                out.add(division);
                i = j;
                continue;
            }
            boolean afterArticle = from > 0 && s.token(from - 1).lowerIs("the", "a", "an");
            if (clean && afterArticle) namesAfterArticle.add(s.span(from, j));
            Mention place = clean ? cues.placeLike(s, from, j, out) : null;
            if (place != null) {
                out.add(place);
            } else if (clean && !afterArticle) {
                for (int k = from; k < j; k++) tags[k] = Tag.NAME;
                out.add(new Mention(Kind.PERSON, s, from, j, s.span(from, j), null, null, Mention.Use.PLAIN));
            }
            i = j;
        }
    }

    /** "Rapid Support Forces (RSF)": the acronym names the same organisation from here on. */
    private void acronymAfter(Sentence s, int b, String name, List<Mention> out) {
        if (b + 2 < s.size() && s.token(b).text().equals("(") && s.token(b + 2).text().equals(")")) {
            String acronym = s.token(b + 1).text();
            if (acronym.matches("\\p{Lu}[\\p{Lu}\\d&.-]{1,7}")) {
                acronyms.put(acronym, name);
                out.add(new Mention(Kind.ORGANIZATION, s, b + 1, b + 2, name, null, null, Mention.Use.PLAIN));
            }
        }
    }

    /** The mention a gazetteer phrase makes here, or null when the context does not support it. */
    private Mention fromGazetteer(Sentence s, int from, int to, Gazetteer.Entry best, List<Gazetteer.Entry> entries, boolean inName) {
        boolean locative = cues.isLocative(s, from) && !(to < s.size() && s.token(to).isPossessive());
        if (best instanceof Gazetteer.Org o) {
            // "the Supreme Defence Council of X" is not the body known as "the Defence Council".
            return "platform".equals(o.type()) || inName ? null : new Mention(Kind.ORGANIZATION, s, from, to, o.name(), null, null, Mention.Use.PLAIN);
        }
        if (best instanceof Gazetteer.CountryName c) return country(s, from, to, c.iso2());
        if (best instanceof Gazetteer.Demonym d) {
            // "the French capital" is a city.
            if (to < s.size() && s.token(to).lower().equals("capital")) {
                String capital = gazetteer.countries().byCode(d.iso2()).flatMap(c -> c.capitals().stream().findFirst()).orElse(null);
                if (capital != null) return place(s, from, to + 1, capital, d.iso2());
            }
            return country(s, from, to, d.iso2());
        }
        if (best instanceof Gazetteer.Seat seat) {
            return locative ? place(s, from, to, seat.city(), seat.iso2()) : country(s, from, to, seat.iso2());
        }
        Gazetteer.City city = PlaceCues.bestCity(entries);
        if (best instanceof Gazetteer.Capital c) {
            // "the X region" of a capital X: the province, not the state.
            Mention kinded = city == null || cues.kindAt(s, to, locative) == null ? null : cues.kindedCity(s, from, to, city, locative);
            if (kinded != null) return kinded;
            // "the Cuban capital Havana": the capital named after the words that describe it is the city.
            boolean named = from > 0 && s.token(from - 1).lowerIs("capital");
            return locative || named || cues.modifiesEvent(s, from, to) ? place(s, from, to, c.city(), c.iso2()) : country(s, from, to, c.iso2());
        }
        if (inName || to - from == 1 && lex.notNames.contains(s.token(from).text())) return null;
        // "San Pedro del Orvano": the name goes on past the city's.
        if (to + 1 < s.size() && lex.nameParticles.contains(s.token(to).lower()) && s.token(to + 1).isCapitalised()) return null;
        return city == null ? null : cues.city(s, from, to, city, locative);
    }

    private static Gazetteer.Entry best(List<Gazetteer.Entry> entries) {
        Gazetteer.Entry best = null;
        for (Gazetteer.Entry e : entries) if (rank(e) > rank(best)) best = e;
        return best;
    }

    private static int rank(Gazetteer.Entry e) {
        if (e == null) return 0;
        if (e instanceof Gazetteer.Org) return 6;
        if (e instanceof Gazetteer.CountryName) return 5;
        if (e instanceof Gazetteer.Seat) return 4;
        if (e instanceof Gazetteer.Demonym) return 3;
        if (e instanceof Gazetteer.Capital) return 2;
        return 1;
    }

    private Mention country(Sentence s, int from, int to, String iso2) {
        return new Mention(Kind.COUNTRY, s, from, to, iso2, iso2, null, Mention.Use.PLAIN);
    }

    private static Mention place(Sentence s, int from, int to, String name, String iso2) {
        return new Mention(Kind.PLACE, s, from, to, name, iso2, null, Mention.Use.PLAIN);
    }

}
