package org.frontline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.frontline.recognise.place.Gazetteer;
import org.frontline.recognise.place.GazetteerEntry;
import org.frontline.recognise.place.NameNormaliser;

/**
 * Populated places of the theatres' countries, drawn with probability proportional to the
 * square root of their population: capitals come up often, but the towns and villages the war
 * news is mostly about still appear (pure population weighting would make one article in three
 * an Afghan story about Kabul).
 *
 * <p>{@link Gazetteer} offers lookups but no iteration, so the candidates are read from the same
 * compiled resource it loads ({@code gazetteer/places.tsv.gz}); each is kept only when
 * {@code Gazetteer.shared()} resolves its name back to the same GeoNames id.
 */
final class PlacePool {
    /** A place as the generator writes it. */
    record PlaceRef(String name, String admin1, long population, long geonamesId, double lat, double lon) {
    }

    private static final Pattern PLAIN = Pattern.compile("[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+){0,2}");
    private static final int PER_COUNTRY = 600;

    private final Map<String, List<PlaceRef>> places = new HashMap<>();
    private final Map<String, double[]> cumulative = new HashMap<>();

    PlacePool(Set<String> countries) {
        Map<String, List<String[]>> rows = read(countries);
        Gazetteer g = Gazetteer.shared();
        for (Map.Entry<String, List<String[]>> e : rows.entrySet()) {
            List<String[]> r = e.getValue();
            r.sort((x, y) -> Long.compare(Long.parseLong(y[11]), Long.parseLong(x[11])));
            List<PlaceRef> kept = new ArrayList<>();
            for (String[] f : r) {
                if (kept.size() == PER_COUNTRY) {
                    break;
                }
                if (resolves(g, f[2], Long.parseLong(f[0]))) {
                    kept.add(new PlaceRef(f[2], f[10].isEmpty() ? f[2] : f[10], Long.parseLong(f[11]),
                            Long.parseLong(f[0]), Double.parseDouble(f[4]), Double.parseDouble(f[5])));
                }
            }
            double[] cum = new double[kept.size()];
            double sum = 0;
            for (int i = 0; i < cum.length; i++) {
                sum += Math.sqrt(Math.max(500, kept.get(i).population()));
                cum[i] = sum;
            }
            places.put(e.getKey(), List.copyOf(kept));
            cumulative.put(e.getKey(), cum);
        }
    }

    int size(String country) {
        return places.getOrDefault(country, List.of()).size();
    }

    PlaceRef pick(String country, SplittableRandom rnd) {
        double[] cum = cumulative.get(country);
        double x = rnd.nextDouble() * cum[cum.length - 1];
        int i = java.util.Arrays.binarySearch(cum, x);
        return places.get(country).get(i >= 0 ? i : Math.min(-i - 1, cum.length - 1));
    }

    private static boolean resolves(Gazetteer g, String name, long id) {
        for (GazetteerEntry e : g.lookup(NameNormaliser.key(name))) {
            if (e.id() == id) {
                return true;
            }
        }
        return false;
    }

    /** Populated places with plain ASCII names, per country. */
    private static Map<String, List<String[]>> read(Set<String> countries) {
        Map<String, List<String[]>> out = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/places.tsv.gz")) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer/places.tsv.gz: run the Maven build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length >= 12 && "P".equals(f[6]) && countries.contains(f[8]) && !f[0].isEmpty()
                        && !f[11].isEmpty() && PLAIN.matcher(f[2]).matches()) {
                    out.computeIfAbsent(f[8], k -> new ArrayList<>()).add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
