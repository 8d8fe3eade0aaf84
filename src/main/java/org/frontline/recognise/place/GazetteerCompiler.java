package org.frontline.recognise.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipInputStream;

/**
 * Compiles a GeoNames table (cities500.txt at build time, or a user's allCountries.txt / XX.txt,
 * plain, .gz or .zip) into the compact gzip TSV that {@link Gazetteer} loads.
 * Streams the input, so multi-GB dumps need no more heap than the admin1/country centroids.
 *
 * <p>Output columns (one place per line, '#' lines are comments): geonameid, name, asciiname,
 * Latin-script alternate names (comma separated), lat, lon, feature class, feature code,
 * country, admin1 code, admin1 name, population. With an admin1.json the compiler also writes one
 * synthetic ADM1 row per admin1 region and one PCLI row per country (no id; centroid coordinates
 * of their places), so "Idlib province" and "Syria" resolve without a full dump.
 */
public final class GazetteerCompiler {

    /** Non-populated features worth keeping from a full dump: admin areas, sites fought over. */
    private static final Set<String> KEEP_CODES = Set.of(
            "ADM1", "ADM2", "ADM3", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR",
            "AIRP", "AIRB", "AIRF", "AIRH", "AIRQ", "PSTB", "BDG", "DAM", "DAMSB", "OILR", "OILF",
            "GASF", "PS", "PSH", "PRN", "CSTL", "CMP", "CMPRF", "INSM", "MILB", "PRT", "PT", "RSV",
            "MT", "MTS", "PK", "HLL", "HLLS", "PASS", "RGN", "RGNE", "AREA", "OAS", "VAL", "ISL",
            "HSP", "UNIV", "STDM", "MSQE", "PPLX");
    /** GeoNames labels in admin1 names that reports leave out ("Sar-e Pol Province" -> "Sar-e Pol"). */
    private static final String[] ADMIN_WORDS = {" Province", " Governorate", " Oblast", " Muhafazat",
            "Muhafazat ", " Wilayah", " Vilayati", " Velayat"};

    private GazetteerCompiler() {
    }

    /** Build entry point: {@code <geonames table> <admin1.json|-> <out.tsv.gz>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GazetteerCompiler <geonames.txt[.gz|.zip]> <admin1.json|-> <out.tsv.gz>");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Path admin = "-".equals(args[1]) ? null : Path.of(args[1]);
        int n = compileCounting(Path.of(args[0]), admin, Path.of(args[2]));
        System.out.printf("gazetteer: %d places -> %s in %d ms%n", n, args[2], (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Compiles {@code geonamesTsv} (19-column GeoNames format) into {@code out}.
     * {@code admin1JsonOrNull}: a [{code:"SY.09",name:"Aleppo"}] list naming admin1 codes; when
     * given, synthetic admin1 and country rows are added (the build does this; user dumps carry
     * their own ADM1/PCLI rows and need none).
     */
    public static void compile(Path geonamesTsv, Path admin1JsonOrNull, Path out) {
        try {
            compileCounting(geonamesTsv, admin1JsonOrNull, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile gazetteer " + geonamesTsv, e);
        }
    }

    private static int compileCounting(Path in, Path admin1Json, Path out) throws IOException {
        Map<String, String> admin1 = admin1Json == null ? Map.of() : readAdmin1(admin1Json);
        boolean synth = admin1Json != null;
        Map<String, Centroid> regions = new TreeMap<>();
        Map<String, Centroid> countries = new TreeMap<>();
        Map<String, String> adm1Seen = new HashMap<>();
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        int count = 0;
        try (BufferedReader r = open(in);
             Writer w = new BufferedWriter(new OutputStreamWriter(
                     new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            w.write("# Frontline gazetteer v1, compiled from " + in.getFileName()
                    + " (GeoNames, CC-BY 4.0, https://www.geonames.org)\n");
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || line.startsWith("#") || !keep(f[6], f[7])) {
                    continue;
                }
                String cc = f[8];
                String code = cc + "." + f[10];
                if ("ADM1".equals(f[7])) {
                    adm1Seen.put(code, f[1]);
                }
                String a1 = admin1.getOrDefault(code, adm1Seen.getOrDefault(code, ""));
                double lat = Double.parseDouble(f[4]), lon = Double.parseDouble(f[5]);
                if (synth && "P".equals(f[6])) {
                    regions.computeIfAbsent(code, k -> new Centroid()).add(lat, lon, f[14]);
                    countries.computeIfAbsent(cc, k -> new Centroid()).add(lat, lon, f[14]);
                }
                row(w, f[0], f[1], f[2], latinAlternates(f[3], f[1]), f[4], f[5], f[6], f[7], cc, f[10],
                        cleanAdmin(a1), f[14]);
                count++;
            }
            if (synth) {
                count += writeSynthetic(w, admin1, regions, countries);
            }
        }
        return count;
    }

    private static int writeSynthetic(Writer w, Map<String, String> admin1, Map<String, Centroid> regions,
                                      Map<String, Centroid> countries) throws IOException {
        int n = 0;
        for (Map.Entry<String, Centroid> e : regions.entrySet()) {
            String raw = admin1.get(e.getKey());
            if (raw == null) {
                continue;
            }
            String name = cleanAdmin(raw);
            String cc = e.getKey().substring(0, 2);
            Centroid c = e.getValue();
            row(w, "", name, name,
                    raw.equals(name) ? "" : raw, c.lat(), c.lon(), "A", "ADM1", cc,
                    e.getKey().substring(3), name, Long.toString(c.population));
            n++;
        }
        for (Map.Entry<String, Centroid> e : countries.entrySet()) {
            String name = new Locale("", e.getKey()).getDisplayCountry(Locale.ENGLISH);
            if (name.isEmpty() || name.equals(e.getKey())) {
                continue;
            }
            Centroid c = e.getValue();
            row(w, "", name, name, "", c.lat(), c.lon(), "A", "PCLI", e.getKey(), "", "",
                    Long.toString(c.population));
            n++;
        }
        return n;
    }

    private static void row(Writer w, String... cols) throws IOException {
        for (int i = 0; i < cols.length; i++) {
            if (i > 0) {
                w.write('\t');
            }
            w.write(cols[i].replace('\t', ' ').replace('\n', ' '));
        }
        w.write('\n');
    }

    private static boolean keep(String featureClass, String code) {
        return "P".equals(featureClass) && !"PPLH".equals(code) || KEEP_CODES.contains(code);
    }

    /**
     * Alternate names in Latin script only (reports are in English), minus codes and abbreviations
     * (digits, or all-caps of up to 4 letters like airport codes) that would fire on acronyms.
     */
    static String latinAlternates(String alternates, String primary) {
        if (alternates.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        Set<String> seen = new java.util.HashSet<>();
        seen.add(primary);
        for (String a : alternates.split(",")) {
            String s = a.trim();
            if (s.length() < 2 || !isLatin(s) || s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT))
                    || !seen.add(s)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                return false;
            }
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    static String cleanAdmin(String name) {
        String s = name;
        for (String word : ADMIN_WORDS) {
            s = s.replace(word, "");
        }
        return s.trim().isEmpty() ? name : s.trim();
    }

    private static Map<String, String> readAdmin1(Path json) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (JsonNode n : new ObjectMapper().readTree(json.toFile())) {
            m.put(n.path("code").asText(), n.path("name").asText());
        }
        return m;
    }

    private static BufferedReader open(Path p) throws IOException {
        InputStream in = Files.newInputStream(p);
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        } else if (name.endsWith(".zip")) {
            // GeoNames zips hold the table plus a readme.txt: position on the table
            ZipInputStream zip = new ZipInputStream(in);
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().toLowerCase(Locale.ROOT).contains("readme")) {
                    break;
                }
            }
            in = zip;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static long parsePopulation(String s) {
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Mean position of a region's places, on the unit sphere so the antimeridian is harmless. */
    private static final class Centroid {
        double x, y, z;
        long population;

        void add(double lat, double lon, String pop) {
            double la = Math.toRadians(lat), lo = Math.toRadians(lon);
            x += Math.cos(la) * Math.cos(lo);
            y += Math.cos(la) * Math.sin(lo);
            z += Math.sin(la);
            population += parsePopulation(pop);
        }

        String lat() {
            return String.format(Locale.ROOT, "%.5f", Math.toDegrees(Math.atan2(z, Math.hypot(x, y))));
        }

        String lon() {
            return String.format(Locale.ROOT, "%.5f", Math.toDegrees(Math.atan2(y, x)));
        }
    }
}
