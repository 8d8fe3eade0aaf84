package org.frontline.serve.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontline.model.Place;

/**
 * Where an export puts a place known only by name and province (not in the gazetteer): at its
 * province's point, Natural Earth's admin-1 label point (inside the province), as ACLED does with
 * the nearest larger unit. The place then says so: precision {@code admin1_centroid}, ACLED
 * geo_precision 3. Points and names come from {@code web/vendor/ne/admin1-points.tsv}, built from
 * the same Natural Earth boundaries the map draws.
 */
public final class Admin1Points {
    /** The precision of a place placed at its province's point. */
    public static final String ADMIN1_CENTROID = "admin1_centroid";
    private static final Set<String> GENERIC = Set.of("al", "ar", "as", "an", "ad", "at", "az", "ash", "el", "muhafazat",
            "governorate", "province", "oblast", "region", "state", "wilayat", "velayat", "city", "of");
    private static final Map<String, double[]> POINTS = load();

    private Admin1Points() {
    }

    /** The place itself when it has coordinates; else at its province's point when that is known; else itself. */
    public static Place locate(Place p) {
        if (p == null || p.lat() != null || p.admin1() == null || p.country() == null) {
            return p;
        }
        double[] at = POINTS.get(key(p.country(), p.admin1()));
        return at == null ? p : new Place(p.name(), at[0], at[1], p.country(), p.admin1(), p.geonamesId(), ADMIN1_CENTROID);
    }

    /** The stored event with its place (or its road's start) put at its province's point when it has no coordinates. */
    public static org.frontline.store.StoredEvent locate(org.frontline.store.StoredEvent s) {
        org.frontline.model.Event e = s.event();
        Place at = locate(e.place());
        if (at == e.place()) {
            return s;
        }
        org.frontline.model.Event moved = new org.frontline.model.Event(e.type(), e.actor1(), e.actor2(), at, e.route(),
                e.date(), e.dateText(), e.fatalities(), e.displaced(), e.sources(), e.status(), e.evidence());
        return new org.frontline.store.StoredEvent(s.id(), moved, s.documents(), s.corroboration(), s.evidence());
    }

    static String key(String iso2, String admin1) {
        String s = Normalizer.normalize(admin1, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['`ʿʾ’]", "").replaceAll("\\(.*?\\)", " ");
        StringBuilder b = new StringBuilder();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !GENERIC.contains(w)) {
                b.append(w);
            }
        }
        return iso2.toUpperCase(Locale.ROOT) + ":" + b;
    }

    private static Map<String, double[]> load() {
        Map<String, double[]> out = new HashMap<>();
        try (InputStream in = Admin1Points.class.getResourceAsStream("/web/vendor/ne/admin1-points.tsv")) {
            if (in == null) {
                return Map.of(); // a build without the web assets: places stay without coordinates
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                double[] at = {Double.parseDouble(f[1]), Double.parseDouble(f[2])};
                for (String name : f[3].split("\\|")) {
                    if (!name.isBlank()) {
                        out.putIfAbsent(key(f[0], name), at);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
