package org.newskg.extract.rules;

import org.newskg.extract.CountryGazetteer;

/** A country's common English name by ISO code. */
final class CountryNames {
    private CountryNames() {}

    static String name(String iso2) {
        return CountryGazetteer.get().byCode(iso2).map(CountryGazetteer.Country::name).orElse(iso2);
    }
}
