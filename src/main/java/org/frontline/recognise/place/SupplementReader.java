package org.frontline.recognise.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the curated {@code gazetteer/supplement.tsv}. Columns: name, alternate names ('|'),
 * lat, lon, country, admin1 name, GeoNames feature code, GeoNames id, source.
 * A row whose id is a loaded GeoNames entry only adds spellings to it (coordinates come from
 * GeoNames); any other row is a new place, with coordinates left empty when not known for sure.
 */
final class SupplementReader {

    private record Row(String name, List<String> names, String lat, String lon, String country,
                       String admin1, String code, long id) {
    }

    private final Gazetteer gazetteer;

    SupplementReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void read(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 9 || f[8].isBlank()) {
                throw new IllegalStateException("supplement.tsv line " + no + ": 9 columns and a source needed");
            }
            List<String> names = new ArrayList<>();
            names.add(f[0].trim());
            for (String a : f[1].split("\\|")) {
                if (!a.isBlank()) {
                    names.add(a.trim());
                }
            }
            long id = f[7].isBlank() ? 0 : Long.parseLong(f[7].trim());
            rows.add(new Row(f[0].trim(), names, f[2].trim(), f[3].trim(), f[4].trim(), f[5].trim(),
                    f[6].trim().isEmpty() ? "PPL" : f[6].trim(), id));
        }
        Set<Long> wanted = new HashSet<>();
        rows.forEach(x -> {
            if (x.id() != 0) {
                wanted.add(x.id());
            }
        });
        Map<Long, Integer> known = gazetteer.indicesOf(wanted);
        Map<String, Integer> admin = gazetteer.adminIndex();
        for (Row x : rows) {
            Integer n = known.get(x.id());
            if (n == null && x.id() == 0 && x.code().startsWith("PCL")) {
                n = admin.get("PCLI:" + x.country());
            } else if (n == null && x.id() == 0 && "ADM1".equals(x.code())) {
                n = admin.get("ADM1:" + x.country() + ":" + NameNormaliser.key(x.admin1()));
            }
            if (n != null) {
                gazetteer.index(n, x.names());
                continue;
            }
            float lat = x.lat().isEmpty() ? Float.NaN : Float.parseFloat(x.lat());
            float lon = x.lon().isEmpty() ? Float.NaN : Float.parseFloat(x.lon());
            String cls = classOf(x.code());
            gazetteer.add(new GazetteerEntry(x.id(), x.name(), lat, lon, cls, x.code(), x.country(), "",
                    x.admin1(), 0, true), x.names());
        }
    }

    /** GeoNames feature class of a feature code (enough for precision and ranking). */
    private static String classOf(String code) {
        if (code.startsWith("PPL")) {
            return "P";
        }
        if (code.startsWith("ADM") || code.startsWith("PCL") || "TERR".equals(code)) {
            return "A";
        }
        return switch (code) {
            case "RGN", "RGNE", "AREA", "OILF", "GASF", "MILB", "PRT" -> "L";
            case "MT", "MTS", "PK", "HLL", "HLLS", "PASS", "VAL", "OAS", "ISL" -> "T";
            default -> "S";
        };
    }
}
