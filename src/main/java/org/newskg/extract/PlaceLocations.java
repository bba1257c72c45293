package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a place of the graph lies: the GeoNames entry (id, latitude, longitude) that its canonical
 * name and country stand for, from the gazetteer's cities and smaller places (GeoNames, CC BY 4.0).
 * A place gets a location only where the name and country leave no doubt: the one populated place of
 * that main name in the country, or one at least ten times as populous as the next. A name that is
 * also one of the country's divisions gets none, since the article may mean either and a wrong point
 * on a map is worse than none, unless the place is the seat of a division, of government or the capital (GeoNames
 * PPLA, PPLG, PPLC): a region named after its seat ("Montevideo") is found at the seat.
 */
public final class PlaceLocations {
    /** A GeoNames populated place. */
    public record Location(long geonamesId, double latitude, double longitude) {}

    private record Candidate(Location location, long population, String featureCode) {
        boolean section() {
            return "PPLX".equals(featureCode);
        }

        boolean seat() {
            return "PPLA".equals(featureCode) || "PPLC".equals(featureCode) || "PPLG".equals(featureCode);
        }
    }

    /** How many times the next place of the same name a place must outnumber to stand for the name. */
    private static final int CLEAR_LEAD = 10;

    private final Map<String, List<Candidate>> byName = new HashMap<>(200_000);
    private final Set<String> divisions = new HashSet<>(16_000);
    /** Each country's capital (PPLC) by ISO code; null where GeoNames gives a country several. */
    private final Map<String, Candidate> capitals = new HashMap<>();

    private PlaceLocations() {
        // cities.tsv: geonames_id name ascii_name alt_names country_iso2 admin1_code lat lon population feature_code
        TsvResource.forEachRow("/newskg/gazetteer/cities.tsv", 10, c -> add(c[1], c[4], c[0], c[6], c[7], c[8], c[9]));
        // places.tsv: geonames_id name ascii_name country_iso2 admin1_code lat lon population feature_code
        TsvResource.forEachRow("/newskg/gazetteer/places.tsv", 9, c -> add(c[1], c[3], c[0], c[5], c[6], c[7], c[8]));
        // divisions.tsv: code name short_name country_iso2
        TsvResource.forEachRow("/newskg/gazetteer/divisions.tsv", 4, c -> {
            divisions.add(key(c[1], c[3]));
            if (!c[2].isEmpty()) divisions.add(key(c[2], c[3]));
        });
    }

    public static PlaceLocations get() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use, once: the JVM guarantees it. */
    private static final class Holder {
        static final PlaceLocations INSTANCE = new PlaceLocations();
    }

    /** The location of the place named {@code name} in country {@code iso2}, where only one can be meant. */
    public Optional<Location> locate(String name, String iso2) {
        if (name == null || iso2 == null) return Optional.empty();
        String key = key(name, iso2);
        List<Candidate> all = byName.get(key);
        if (all == null) return capital(name, iso2);
        // A section of a city (PPLX) never stands for a name a city also has.
        List<Candidate> places = all.stream().filter(c -> !c.section()).toList();
        if (places.isEmpty()) places = all;
        Candidate best = null;
        long next = 0;
        for (Candidate c : places) {
            if (best == null || c.population() > best.population()) {
                if (best != null) next = Math.max(next, best.population());
                best = c;
            } else {
                next = Math.max(next, c.population());
            }
        }
        boolean clear = places.size() == 1 || best.population() >= CLEAR_LEAD * Math.max(1, next);
        if (!clear || divisions.contains(key) && !best.seat()) return Optional.empty();
        return Optional.of(best.location());
    }

    /**
     * The capital that the country list names otherwise than GeoNames does ("Panama City", GeoNames'
     * "Panamá"): the country's one PPLC.
     */
    private Optional<Location> capital(String name, String iso2) {
        Candidate pplc = capitals.get(iso2);
        if (pplc == null) return Optional.empty();
        boolean named = CountryGazetteer.get().byCode(iso2).map(c -> c.capitals().contains(name)).orElse(false);
        return named ? Optional.of(pplc.location()) : Optional.empty();
    }

    private void add(String name, String iso2, String id, String lat, String lon, String population, String featureCode) {
        try {
            Location at = new Location(Long.parseLong(id), Double.parseDouble(lat), Double.parseDouble(lon));
            long pop = population.isEmpty() ? 0 : Long.parseLong(population);
            Candidate c = new Candidate(at, pop, featureCode);
            byName.computeIfAbsent(key(name, iso2), k -> new ArrayList<>(1)).add(c);
            if ("PPLC".equals(featureCode)) capitals.put(iso2, capitals.containsKey(iso2) ? null : c);
        } catch (NumberFormatException e) {
            // A row without an id or coordinates locates nothing.
        }
    }

    private static String key(String name, String iso2) {
        return name + "\t" + iso2;
    }
}
