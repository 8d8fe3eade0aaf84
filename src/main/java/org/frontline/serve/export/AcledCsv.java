package org.frontline.serve.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.frontline.model.Place;
import org.frontline.model.Event;
import org.frontline.store.StoredEvent;

/**
 * Events as CSV with ACLED's column names, so the tools analysts already point at ACLED data
 * read Frontline's too. RFC 4180 quoting; formula-looking cells are defused for spreadsheets.
 */
public final class AcledCsv {
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1",
            "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "tags");

    private AcledCsv() {
    }

    public static void write(List<StoredEvent> events, Writer out) {
        try {
            out.write(String.join(",", COLUMNS));
            out.write("\r\n");
            for (StoredEvent e : events) {
                out.write(String.join(",", row(e).stream().map(AcledCsv::cell).toList()));
                out.write("\r\n");
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static List<String> row(StoredEvent s) {
        Event e = s.event();
        AcledMapping.Types t = AcledMapping.of(e.type(), e.actor1(), String.join(" ", s.evidence()));
        Place p = e.place() != null ? e.place() : e.route() != null ? e.route().from() : null;
        String tags = switch (e.type()) {
            case SIEGE -> "siege";
            case ROUTE_CUT -> "route";
            case DISPLACEMENT -> "displacement" + (e.displaced() == null ? "" : "; displaced=" + e.displaced());
            default -> "";
        };
        // an undated report's event (issue 10): empty date cells, not a made-up day
        return List.of(s.id(), e.dated() ? e.date().start().toString() : "",
                e.dated() ? String.valueOf(e.date().start().getYear()) : "",
                e.dated() ? String.valueOf(AcledMapping.timePrecision(e.date().precision().label())) : "",
                t.eventType(), t.subEventType(),
                first(e.actor1()), rest(e.actor1()), first(e.actor2()), rest(e.actor2()),
                p == null ? "" : AcledMapping.countryName(p.country()), p == null || p.admin1() == null ? "" : p.admin1(),
                p == null ? "" : p.name(), p == null || p.lat() == null ? "" : String.valueOf(p.lat()),
                p == null || p.lon() == null ? "" : String.valueOf(p.lon()),
                String.valueOf(AcledMapping.geoPrecision(p == null ? null : p.precision())),
                String.join("; ", sources(s)), ControlNotes.cell(s, String.join(" | ", s.evidence())),
                String.valueOf(e.fatalities() == null ? 0 : e.fatalities()), tags);
    }

    private static List<String> sources(StoredEvent s) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(s.event().sources());
        all.addAll(s.documents());
        return List.copyOf(all);
    }

    private static String first(List<String> actors) {
        return actors.isEmpty() ? "" : actors.get(0);
    }

    private static String rest(List<String> actors) {
        return actors.size() < 2 ? "" : String.join("; ", actors.subList(1, actors.size()));
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets do not run article text as a formula. */
    static String cell(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
