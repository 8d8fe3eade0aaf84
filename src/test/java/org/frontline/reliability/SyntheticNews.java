package org.frontline.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Seeded, generated conflict reports that the standard pipeline reads events from. The pools are
 * small on purpose: the same actor, place and day recur across documents, so many reports are
 * twins that the cross-document clustering has to merge (which is what crash tests must survive).
 */
public final class SyntheticNews {
    static final List<String> PLACES = List.of("Al-Bab", "Azaz", "Manbij", "Palmyra", "Homs", "Jarablus",
            "Qaryatayn", "Raqqa", "Idlib", "Saraqeb", "Tadif", "Afrin", "Kobani", "Hama", "Marea", "Deir ez-Zor",
            "Aleppo", "Damascus", "Daraa", "Latakia", "Douma", "Zabadani", "Madaya", "Rastan", "Qusayr",
            "Ariha", "Jisr al-Shughur", "Khan Shaykhun", "Tal Abyad", "Tabqa", "Mayadin", "Quneitra");
    static final List<String> ACTORS = List.of("Syrian government forces", "Islamic State militants",
            "Turkish-backed rebels", "Kurdish YPG fighters", "Russian warplanes");
    private static final List<String> TEMPLATES = List.of(
            "%s captured the village of %s on %s after heavy clashes, a war monitor said.",
            "%s shelled %s on %s, killing %d civilians, according to state television.",
            "%s carried out air strikes on %s on %s, the Syrian Observatory for Human Rights said.",
            "%s attacked positions near %s on %s, killing %d soldiers, a military source said.",
            "%s besieged %s on %s, cutting the last supply road, activists said.");
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 3, 1);

    private SyntheticNews() {
    }

    /** Report {@code i} of a corpus seeded by {@code seed}: a dateline and two or three event sentences. */
    public static String text(long seed, int i, LocalDate published) {
        Random r = new Random(seed * 1_000_003L + i);
        StringBuilder sb = new StringBuilder();
        sb.append("BEIRUT, ").append(published.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH)).append(' ').append(published.getDayOfMonth()).append(", ")
                .append(published.getYear()).append(" - ");
        int sentences = 2 + r.nextInt(2);
        for (int s = 0; s < sentences; s++) {
            String t = TEMPLATES.get(r.nextInt(TEMPLATES.size()));
            String actor = ACTORS.get(r.nextInt(ACTORS.size()));
            String place = PLACES.get(r.nextInt(PLACES.size()));
            String day = DAYS[published.minusDays(1 + r.nextInt(2)).getDayOfWeek().getValue() - 1];
            sb.append(t.contains("%d") ? String.format(t, actor, place, day, 2 + r.nextInt(40))
                    : String.format(t, actor, place, day)).append("\n\n");
        }
        return sb.toString();
    }

    /** Publication day of report {@code i}: a handful of reports share each day, so twins occur. */
    public static LocalDate published(int i) {
        return FIRST_DAY.plusDays(i / 3);
    }

    /** One JSON Lines record. */
    public static String jsonLine(long seed, int i, String prefix) {
        ObjectNode o = JSON.createObjectNode();
        LocalDate day = published(i);
        o.put("id", prefix + "-" + i);
        o.put("url", "https://example.org/" + prefix + "/" + i);
        o.put("title", "Report " + i);
        o.put("published", day.toString());
        o.put("text", text(seed, i, day));
        return o.toString();
    }

    /** Writes reports [from, to) as one JSON Lines file. */
    public static Path writeJsonLines(Path file, long seed, int from, int to, String prefix) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = from; i < to; i++) {
                w.write(jsonLine(seed, i, prefix));
                w.write('\n');
            }
        }
        return file;
    }

    /** A plain-text report that certainly yields events: the canary put after each bad input. */
    public static String goodText() {
        return "BEIRUT, March 14, 2016 - Syrian government forces captured the village of Qaryatayn on Sunday "
                + "after heavy clashes with Islamic State militants, a war monitor said.\n\n"
                + "Islamic State militants shelled government positions near Homs on Sunday, killing five soldiers, "
                + "according to state television.\n";
    }
}
