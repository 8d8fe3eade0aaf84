package org.frontline.serve.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A country's codes as ACLED writes them: ISO 3166-1 alpha-3 (the {@code event_id_cnty}
 * prefix), numeric (the {@code iso} column) and ACLED's region. From {@code serve/countries.tsv}.
 */
final class Countries {
    /** {@code name}: the English name, looked up once when the table is read (an export asks it once a row). */
    record Country(String iso2, String iso3, int numeric, String region, String name) {
        Country(String iso2, String iso3, int numeric, String region) {
            this(iso2, iso3, numeric, region, englishName(iso2));
        }

        private static String englishName(String iso2) {
            String n = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
            return n.isBlank() ? iso2 : n;
        }
    }

    private static final Map<String, Country> BY_ISO2 = load();

    private Countries() {
    }

    /** The country of an ISO 3166-1 alpha-2 code, or null for null, blank or unknown codes. */
    static Country of(String iso2) {
        return iso2 == null ? null : BY_ISO2.get(iso2.strip().toUpperCase(Locale.ROOT));
    }

    private static Map<String, Country> load() {
        Map<String, Country> out = new HashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream("/serve/countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing /serve/countries.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.put(f[0], new Country(f[0], f[1], Integer.parseInt(f[2]), f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
