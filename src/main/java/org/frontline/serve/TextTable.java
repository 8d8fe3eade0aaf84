package org.frontline.serve;

import java.io.PrintWriter;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;

/** A readable table of a document's events for people at a terminal. */
public final class TextTable {
    private static final int EVIDENCE = 70;

    private TextTable() {
    }

    public static void print(DocumentResult r, PrintWriter out) {
        out.printf("== %s%s%n", r.doc(), r.title() == null ? "" : "  " + clip(oneLine(r.title()), 80));
        if (r.error() != null) {
            out.printf("   error: %s%n%n", r.error());
            return;
        }
        out.printf("   published %s%s%s%s%n", r.published() == null ? "unknown" : r.published(),
                r.publishedSource() == null ? "" : " (" + r.publishedSource().json()
                        + (r.publishedInferred() ? ", inferred" : "") + ")",
                r.outlet() == null ? "" : "  outlet " + r.outlet(),
                r.duplicateOf() == null ? "" : "  duplicate of " + r.duplicateOf());
        if (r.events().isEmpty()) {
            out.println("   no events");
        } else {
            out.printf("   %-26s %-23s %-22s %-22s %-20s %-10s %s%n", "type", "date", "actor1", "actor2", "place",
                    "status", "evidence");
            for (Event e : r.events()) {
                String date = !e.dated() ? "undated" + (e.dateText() == null ? "" : " (" + clip(e.dateText(), 12) + ")")
                        : e.date().start().equals(e.date().end()) ? e.date().start().toString()
                        : e.date().start() + ".." + e.date().end().toString().substring(5);
                String place = e.place() != null ? e.place().name()
                        : e.route() != null ? e.route().from().name() + "-" + e.route().to().name() : "-";
                out.printf("   %-26s %-23s %-22s %-22s %-20s %-10s %s%n", e.type().label(), date,
                        clip(String.join(", ", e.actor1()), 22), clip(String.join(", ", e.actor2()), 22),
                        clip(place, 20), e.status().label(), clip(oneLine(e.evidence()), EVIDENCE));
            }
        }
        r.control().forEach(c -> out.printf("   control: %s held by %s as of %s%s%s%n", c.place().name(), c.controller(),
                c.asOf(), c.share() == null ? "" : " (" + Math.round(c.share() * 100) + "%)",
                c.besiegedBy().isEmpty() ? "" : ", besieged by " + String.join(", ", c.besiegedBy())));
        out.println();
    }

    /** Article text is untrusted: control characters (terminal escapes) never reach the screen. */
    public static String oneLine(String s) {
        return s.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ").strip();
    }

    public static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
