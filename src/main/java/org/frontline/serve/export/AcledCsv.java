package org.frontline.serve.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.store.DocumentSummary;
import org.frontline.reason.ControlTimeline;
import org.frontline.store.StoredEvent;

/**
 * Events as CSV with ACLED's 31 columns in ACLED's order, and Frontline's stable event id last
 * ({@code frontline_id}), so scripts written for ACLED data read Frontline's as they are.
 * RFC 4180 quoting; with the formula guard on, a cell a spreadsheet would execute gets a leading
 * apostrophe (see {@link #cell}). How each column is filled is in the README's exports section.
 */
public final class AcledCsv {
    /** ACLED's columns, in ACLED's order. */
    public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
            "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
            "tags", "timestamp");
    /** Every column written: ACLED's, then Frontline's stable event id. */
    public static final List<String> COLUMNS = concat(ACLED_COLUMNS, "frontline_id");
    /** A leading - that a spreadsheet would run: a formula after it (a cell reference, a function, an operator). */
    private static final Pattern MINUS_FORMULA = Pattern.compile("-\\s*(?:[A-Za-z_][A-Za-z0-9_.]*[(!|]|[A-Za-z]{1,3}\\d+"
            + "|[(=+@]|\\d[\\d.]*\\s*[-+*/^&=<>]).*", Pattern.DOTALL);

    private AcledCsv() {
    }

    /** Writes the events with the formula guard on, no document metadata (sources name reporters only) and no contradictions. */
    public static void write(List<StoredEvent> events, Writer out) {
        write(events, Map.of(), null, true, out);
    }

    /**
     * Writes the header and one row per event. {@code documents} gives each document's outlet and
     * ingest time (the source and timestamp columns); {@code formulaGuard} defuses cells a
     * spreadsheet would execute (off for data pipelines, which then get the text exactly);
     * {@code control}, when given, lets the notes name contradicting claims about an event's place.
     */
    public static void write(List<StoredEvent> events, Map<String, DocumentSummary> documents, ControlTimeline control,
                             boolean formulaGuard, Writer out) {
        header(out);
        rows(events, documents, ContradictionsAt.of(control), formulaGuard, out);
        flush(out);
    }

    /** The header line alone: a streamed export writes it once, then {@link #rows} batch by batch. */
    static void header(Writer out) {
        try {
            out.write(String.join(",", COLUMNS));
            out.write("\r\n");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** One row per event, nothing before or after. */
    static void rows(List<StoredEvent> events, Map<String, DocumentSummary> documents, ContradictionsAt control,
                     boolean formulaGuard, Writer out) {
        try {
            StringBuilder line = new StringBuilder(512);
            for (StoredEvent e : events) {
                line.setLength(0);
                List<String> cells = row(e, documents, control);
                for (int i = 0; i < cells.size(); i++) {
                    line.append(i == 0 ? "" : ",").append(cell(cells.get(i), formulaGuard));
                }
                out.append(line).append("\r\n");
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static List<String> row(StoredEvent s, Map<String, DocumentSummary> documents, ContradictionsAt control) {
        Event e = s.event();
        AcledMapping.Types t = AcledMapping.of(e.type(), e.actor1(), String.join(" ", s.evidence()));
        Place p = Admin1Points.locate(e.place() != null ? e.place() : e.route() != null ? e.route().from() : null);
        Countries.Country c = p == null ? null : Countries.of(p.country());
        int inter1 = AcledMapping.inter(e.actor1(), e.type(), true);
        int inter2 = AcledMapping.inter(e.actor2(), e.type(), false);
        boolean located = p != null && p.lat() != null;
        String tags = switch (e.type()) {
            case SIEGE -> "siege";
            case ROUTE_CUT -> "route";
            case DISPLACEMENT -> "displacement" + (e.displaced() == null ? "" : "; displaced=" + e.displaced());
            default -> "";
        };
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(eventIdCnty(c, s.id()));
        // an undated report's event (issue 10): empty date cells, not a made-up day
        row.add(e.dated() ? e.date().start().toString() : "");
        row.add(e.dated() ? String.valueOf(e.date().start().getYear()) : "");
        row.add(e.dated() ? String.valueOf(AcledMapping.timePrecision(e.date().precision().label())) : "");
        row.add(AcledMapping.disorderType(t.eventType()));
        row.add(t.eventType());
        row.add(t.subEventType());
        row.add(first(e.actor1()));
        row.add(rest(e.actor1()));
        row.add(String.valueOf(inter1));
        row.add(first(e.actor2()));
        row.add(rest(e.actor2()));
        row.add(String.valueOf(inter2));
        row.add(String.valueOf(AcledMapping.interaction(inter1, inter2)));
        row.add(e.type() == EventType.VIOLENCE_AGAINST_CIVILIANS || inter2 == 7 ? "Civilian targeting" : "");
        row.add(c == null ? "" : String.valueOf(c.numeric()));
        row.add(c == null ? "" : c.region());
        row.add(c != null ? c.name() : p == null || p.country() == null ? "" : p.country());
        row.add(p == null || p.admin1() == null ? "" : p.admin1());
        row.add(""); // admin2: not resolved
        row.add(""); // admin3: not resolved
        row.add(p == null ? "" : p.name());
        row.add(located ? String.valueOf(p.lat()) : "");
        row.add(located ? String.valueOf(p.lon()) : "");
        row.add(located ? String.valueOf(AcledMapping.geoPrecision(p.precision())) : "");
        row.add(String.join("; ", sources(s, documents)));
        row.add(""); // source_scale: the outlets' reach is not known
        row.add(ControlNotes.cell(s, String.join(" | ", s.evidence()), control)); // contradictions noted (issue 14)
        row.add(String.valueOf(e.fatalities() == null ? 0 : e.fatalities()));
        row.add(tags);
        row.add(timestamp(s, documents));
        row.add(s.id());
        return row;
    }

    /** One digest per thread (digest() resets it), not one looked up per row. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every JVM", ex);
        }
    });

    /**
     * ACLED's form: the country's ISO alpha-3 code and a number, here the first 9 decimal digits
     * of the stable id's SHA-256 (the same id gives the same number in every export); XXX when
     * the event has no country.
     */
    static String eventIdCnty(Countries.Country c, String id) {
        byte[] h = SHA256.get().digest(id.getBytes(StandardCharsets.UTF_8));
        long n = 0;
        for (int i = 0; i < 8; i++) {
            n = (n << 8) | (h[i] & 0xff);
        }
        return (c == null ? "XXX" : c.iso3()) + Long.remainderUnsigned(n, 1_000_000_000L);
    }

    /** Who the reports attribute it to, then the outlets that reported it (their URL's host when unnamed). */
    static List<String> sources(StoredEvent s, Map<String, DocumentSummary> documents) {
        Map<String, String> all = new LinkedHashMap<>();
        s.event().sources().forEach(x -> all.putIfAbsent(x.toLowerCase(Locale.ROOT), x));
        for (String doc : s.documents()) {
            DocumentSummary d = documents.get(doc);
            String outlet = d == null ? null : d.outlet() != null && !d.outlet().isBlank() ? d.outlet() : host(d.url());
            if (outlet != null) {
                all.putIfAbsent(outlet.toLowerCase(Locale.ROOT), outlet);
            }
        }
        return List.copyOf(all.values());
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Unix seconds of the latest ingest of a reporting document; empty when not known. */
    private static String timestamp(StoredEvent s, Map<String, DocumentSummary> documents) {
        long latest = -1;
        for (String doc : s.documents()) {
            DocumentSummary d = documents.get(doc);
            if (d != null && d.ingestedAt() != null) {
                latest = Math.max(latest, epochSecond(d.ingestedAt()));
            }
        }
        return latest < 0 ? "" : String.valueOf(latest);
    }

    /** Ingest times read lately: a document's time is asked once for each of its events. Bounded. */
    private static final Map<String, Long> SECONDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Unix seconds of an ISO instant; -1 for an unreadable one (the cell is then empty rather than wrong). */
    private static long epochSecond(String instant) {
        Long known = SECONDS.get(instant);
        if (known == null) {
            try {
                known = Instant.parse(instant).getEpochSecond();
            } catch (java.time.format.DateTimeParseException e) {
                known = -1L;
            }
            if (SECONDS.size() >= 4096) {
                SECONDS.clear();
            }
            SECONDS.put(instant, known);
        }
        return known;
    }

    private static String first(List<String> actors) {
        return actors.isEmpty() ? "" : actors.get(0);
    }

    private static String rest(List<String> actors) {
        return actors.size() < 2 ? "" : String.join("; ", actors.subList(1, actors.size()));
    }

    static String cell(String v) {
        return cell(v, true);
    }

    /**
     * RFC 4180 quoting. With {@code guard}, a cell a spreadsheet would execute gets a leading
     * apostrophe: one that starts with =, +, @, a tab or a carriage return, or with - followed by a
     * formula (-2+3, -A1, -SUM(...), -cmd|...). A number (-12) and text ("- Rebels said") stay as they are.
     */
    static String cell(String v, boolean guard) {
        String s = v == null ? "" : v;
        if (guard && executable(s)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static boolean executable(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r') {
            return !s.matches("\\+\\d+(\\.\\d+)?");
        }
        return c == '-' && MINUS_FORMULA.matcher(s).matches();
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new ArrayList<>(a);
        out.add(b);
        return List.copyOf(out);
    }
}
