package org.frontline.reason;

import java.text.Normalizer;
import java.util.Locale;
import org.frontline.model.Place;

/**
 * The identity of a place across documents. GeoNames ids are the only reliable identity; when a
 * place has none (supplement entries, villages outside cities500) its normalised name and country
 * stand in, so "Al-Bab", "al Bab" and "Al Bāb" in Syria are one key.
 */
public final class PlaceKey {

    private PlaceKey() {
    }

    public static String of(Place p) {
        if (p.geonamesId() != null) {
            return "gn:" + p.geonamesId();
        }
        return "nm:" + normalise(p.name()) + "|" + (p.country() == null ? "" : p.country().toUpperCase(Locale.ROOT));
    }

    /**
     * Case-, diacritic- and punctuation-insensitive form of a name. Apostrophes and the ayn marks
     * vanish (Bza'a = Bzaa) because transliterations disagree on them; hyphens become spaces
     * (Al-Bab = Al Bab).
     */
    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['`\u2018\u2019\u02bb\u02bc\u02be\u02bf]", "");
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Same place by the clustering's rule for one pair of mentions; see {@link Compatibility}. */
    static boolean sameName(Place a, Place b) {
        return normalise(a.name()).equals(normalise(b.name()))
                && (a.country() == null || b.country() == null || a.country().equalsIgnoreCase(b.country()));
    }
}
