package org.frontline.recognise.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The false-alarm lists of {@code gazetteer/not-places.txt}: GeoNames has a village for almost
 * every English word ("Of", "Most", "May"), for first names and for nationality adjectives, so
 * these are refused before any lookup. Everything is kept as {@link NameNormaliser} keys.
 */
final class NotPlaces {

    private static final NotPlaces INSTANCE = load();

    final Set<String> stop = new HashSet<>();
    final Set<String> titles = new HashSet<>();
    final Set<String> orgHeads = new HashSet<>();
    final Set<String> phrases = new HashSet<>();

    private NotPlaces() {
    }

    static NotPlaces get() {
        return INSTANCE;
    }

    private static NotPlaces load() {
        NotPlaces n = new NotPlaces();
        try (InputStream in = NotPlaces.class.getResourceAsStream("/gazetteer/not-places.txt")) {
            if (in == null) {
                return n;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> section = n.stop;
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                switch (line) {
                    case "[stop]" -> section = n.stop;
                    case "[title]" -> section = n.titles;
                    case "[org]" -> section = n.orgHeads;
                    case "[phrase]" -> section = n.phrases;
                    default -> {
                        if (section == n.phrases) {
                            n.phrases.add(NameNormaliser.key(line));
                        } else {
                            for (String w : line.split("\\s+")) {
                                section.add(NameNormaliser.key(w));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
