package org.frontline.recognise.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Every place Frontline knows, looked up by {@link NameNormaliser} key.
 *
 * <p>Sources, in load order: the classpath resource {@code gazetteer/places.tsv.gz} (compiled from
 * GeoNames cities500 at build time), user gazetteers compiled by {@link GazetteerCompiler#compile}
 * from a full GeoNames dump, and the curated {@code gazetteer/supplement.tsv}. User gazetteers are
 * found in: system property {@code frontline.gazetteer} and environment variable
 * {@code FRONTLINE_GAZETTEER} (lists of .tsv.gz files separated by the platform path separator),
 * then every {@code ~/.frontline/gazetteer/*.tsv.gz}. Rows whose GeoNames id is already loaded are
 * skipped, so loading allCountries on top of cities500 adds only what cities500 lacks.
 */
public final class Gazetteer {

    static final String RESOURCE = "/gazetteer/places.tsv.gz";
    static final String SUPPLEMENT = "/gazetteer/supplement.tsv";
    public static final String PROPERTY = "frontline.gazetteer";
    public static final String ENV = "FRONTLINE_GAZETTEER";

    private static volatile Gazetteer shared;

    private final List<GazetteerEntry> entries = new ArrayList<>(210_000);
    private final KeyIndex names = new KeyIndex();
    private final KeyIndex skeletons = new KeyIndex();
    private final Set<Long> ids = new HashSet<>();
    /** "SY.09" -> "Aleppo", to fill admin1 names that user dumps leave empty. */
    private final Map<String, String> admin1Names = new HashMap<>();

    private Gazetteer() {
    }

    /** The one instance for the process, loaded on first use (built-in + user + supplement). */
    public static Gazetteer shared() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = shared;
                if (g == null) {
                    g = load(userGazetteers());
                    shared = g;
                }
            }
        }
        return g;
    }

    /** A fresh gazetteer from the built-in resource, {@code extraFiles} and the supplement. */
    public static Gazetteer load(List<Path> extraFiles) {
        Gazetteer g = new Gazetteer();
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + ": run the Maven build");
            }
            g.readCompiled(new GZIPInputStream(in, 1 << 16), false);
            for (Path p : extraFiles) {
                try (InputStream f = Files.newInputStream(p)) {
                    g.readCompiled(p.toString().endsWith(".gz") ? new GZIPInputStream(f, 1 << 16) : f, true);
                }
            }
            try (InputStream s = Gazetteer.class.getResourceAsStream(SUPPLEMENT)) {
                if (s != null) {
                    new SupplementReader(g).read(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load gazetteer", e);
        }
        g.names.freeze();
        g.skeletons.freeze();
        return g;
    }

    /** User gazetteer files: property, environment, then ~/.frontline/gazetteer/*.tsv.gz. */
    public static List<Path> userGazetteers() {
        List<Path> out = new ArrayList<>();
        for (String list : new String[]{System.getProperty(PROPERTY), System.getenv(ENV)}) {
            if (list != null && !list.isBlank()) {
                for (String s : list.split(java.io.File.pathSeparator)) {
                    if (!s.isBlank() && Files.isRegularFile(Path.of(s.trim()))) {
                        out.add(Path.of(s.trim()));
                    }
                }
            }
        }
        Path dir = Path.of(System.getProperty("user.home"), ".frontline", "gazetteer");
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.tsv.gz")) {
                ds.forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Entries whose name or an alternate name has this {@link NameNormaliser#key}. */
    public List<GazetteerEntry> lookup(String key) {
        return resolve(names.get(key));
    }

    /** Entries with this {@link NameNormaliser#skeleton} of a key: loose, filter by country. */
    public List<GazetteerEntry> lookupSkeleton(String skeleton) {
        return resolve(skeletons.get(skeleton));
    }

    public int size() {
        return entries.size();
    }

    /** Number of (name key, entry) pairs in the index. */
    public int keyCount() {
        return names.size();
    }

    /** The entry with this GeoNames id, or null. Linear: for tests and curation, not hot paths. */
    public GazetteerEntry byId(long id) {
        for (GazetteerEntry e : entries) {
            if (e.id() == id) {
                return e;
            }
        }
        return null;
    }

    private List<GazetteerEntry> resolve(int[] found) {
        List<GazetteerEntry> out = new ArrayList<>(found.length);
        for (int i : found) {
            out.add(entries.get(i));
        }
        return out;
    }

    /** Adds an entry and indexes its names; returns its number. */
    int add(GazetteerEntry e, Iterable<String> allNames) {
        int n = entries.size();
        entries.add(e);
        if (e.id() != 0) {
            ids.add(e.id());
        }
        if (e.isAdmin1() && !e.country().isEmpty()) {
            admin1Names.putIfAbsent(e.country() + "." + e.admin1Code(), e.name());
        }
        index(n, allNames);
        return n;
    }

    /** Indexes more names for entry {@code n} (supplement spellings of a GeoNames place). */
    void index(int n, Iterable<String> more) {
        for (String name : more) {
            String key = NameNormaliser.key(name);
            if (key.length() < 2) {
                continue;
            }
            names.add(key, n);
            String sk = NameNormaliser.skeleton(key);
            if (sk.length() >= 4) {
                skeletons.add(sk, n);
            }
        }
    }

    /** Entry numbers of these GeoNames ids (one pass over all entries). */
    Map<Long, Integer> indicesOf(Set<Long> wanted) {
        Map<Long, Integer> out = new HashMap<>();
        for (int i = 0; i < entries.size() && out.size() < wanted.size(); i++) {
            long id = entries.get(i).id();
            if (id != 0 && wanted.contains(id)) {
                out.putIfAbsent(id, i);
            }
        }
        return out;
    }

    /** "PCLI:SY" and "ADM1:SY:aleppo" -> entry number, for supplement aliases of regions. */
    Map<String, Integer> adminIndex() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            GazetteerEntry e = entries.get(i);
            if (e.isCountry()) {
                out.putIfAbsent("PCLI:" + e.country(), i);
            } else if (e.isAdmin1()) {
                out.putIfAbsent("ADM1:" + e.country() + ":" + NameNormaliser.key(e.name()), i);
            }
        }
        return out;
    }

    String admin1Name(String country, String code) {
        return admin1Names.getOrDefault(country + "." + code, "");
    }

    private void readCompiled(InputStream in, boolean user) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String[] f = new String[12];
        List<String> nameList = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.charAt(0) == '#' || split(line, f) < 12) {
                continue;
            }
            long id = f[0].isEmpty() ? 0 : Long.parseLong(f[0]);
            if (user && (id != 0 && ids.contains(id)
                    || "ADM1".equals(f[7]) && admin1Names.containsKey(f[8] + "." + f[9]))) {
                continue; // already known from the built-in table
            }
            String admin1 = f[10].isEmpty() && user ? admin1Name(f[8], f[9]) : f[10];
            float lat = f[4].isEmpty() ? Float.NaN : Float.parseFloat(f[4]);
            float lon = f[5].isEmpty() ? Float.NaN : Float.parseFloat(f[5]);
            long pop = f[11].isEmpty() ? 0 : Long.parseLong(f[11]);
            GazetteerEntry e = new GazetteerEntry(id, f[1], lat, lon, f[6].intern(), f[7].intern(),
                    f[8].intern(), f[9].intern(), admin1.intern(), pop, false);
            nameList.clear();
            nameList.add(f[1]);
            if (!f[2].equals(f[1])) {
                nameList.add(f[2]);
            }
            if (!f[3].isEmpty()) {
                nameList.addAll(List.of(f[3].split(",")));
            }
            add(e, nameList);
        }
    }

    /** Tab split without regex (the hot loop of loading); returns the number of fields. */
    private static int split(String line, String[] out) {
        int n = 0, from = 0;
        while (n < out.length) {
            int tab = line.indexOf('\t', from);
            out[n++] = tab < 0 ? line.substring(from) : line.substring(from, tab);
            if (tab < 0) {
                break;
            }
            from = tab + 1;
        }
        return n;
    }
}
