package org.frontline.serve.export;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.frontline.model.EventType;

/** The spec's mapping of Frontline event types to ACLED's event type and sub-event type. */
final class AcledMapping {
    /** Words anywhere in the evidence that pick a sub-event type (compiled once, not once a row). */
    private static final Pattern ABDUCTION = Pattern.compile("\\b(abduct|kidnap|disappear)");
    private static final Pattern SEXUAL = Pattern.compile("\\b(rape|sexual)");
    private static final Pattern RIOT = Pattern.compile("\\b(riot|clashed with police|stone|torched)");

    private AcledMapping() {
    }

    record Types(String eventType, String subEventType) {
    }

    static Types of(EventType type, List<String> actor1, String evidence) {
        String text = evidence == null ? "" : evidence.toLowerCase(Locale.ROOT);
        return switch (type) {
            case TERRITORY_CAPTURED -> new Types("Battles", isState(actor1)
                    ? "Government regains territory" : "Non-state actor overtakes territory");
            case SIEGE, ADVANCE, ARMED_CLASH -> new Types("Battles", "Armed clash");
            case AIR_STRIKE -> new Types("Explosions/Remote violence", "Air/drone strike");
            case SHELLING -> new Types("Explosions/Remote violence", "Shelling/artillery/missile attack");
            case SUICIDE_BOMB -> new Types("Explosions/Remote violence", "Suicide bomb");
            case REMOTE_EXPLOSIVE -> new Types("Explosions/Remote violence", "Remote explosive/landmine/IED");
            case VIOLENCE_AGAINST_CIVILIANS -> new Types("Violence against civilians",
                    ABDUCTION.matcher(text).find() ? "Abduction/forced disappearance"
                            : SEXUAL.matcher(text).find() ? "Sexual violence" : "Attack");
            case ROUTE_CUT, DISPLACEMENT, EVACUATION -> new Types("Strategic developments", "Other");
            case AGREEMENT -> new Types("Strategic developments", "Agreement");
            case ARREST -> new Types("Strategic developments", "Arrests");
            case PROTEST -> RIOT.matcher(text).find()
                    ? new Types("Riots", "Violent demonstration") : new Types("Protests", "Peaceful protest");
        };
    }

    /** ACLED's disorder_type, from its event_type. */
    static String disorderType(String eventType) {
        return switch (eventType) {
            case "Protests", "Riots" -> "Demonstrations";
            case "Strategic developments" -> "Strategic developments";
            default -> "Political violence";
        };
    }

    /**
     * ACLED's inter code of an actor: 1 state forces, 2 rebel groups, 3 political militias,
     * 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces; 0 none.
     */
    static int inter(List<String> actors, EventType type, boolean first) {
        if (actors.isEmpty()) {
            return 0;
        }
        String a = actors.get(0).toLowerCase(Locale.ROOT);
        if (isState(actors)) {
            return 1;
        }
        if (a.contains("civilian")) {
            return 7;
        }
        if (first && type == EventType.PROTEST) {
            return 6;
        }
        if (a.contains("militia") || a.equals("hezbollah")) {
            return 3;
        }
        if (a.contains("tribe") || a.contains("tribal") || a.contains("clan")) {
            return 4;
        }
        if (a.contains("wagner") || a.contains("united nations") || a.contains("coalition") || a.contains("peacekeep")) {
            return 8;
        }
        return 2;
    }

    /** ACLED's interaction: the two inter codes, lower first (12), or the one code times ten (10). */
    static int interaction(int inter1, int inter2) {
        if (inter1 == 0 || inter2 == 0) {
            return Math.max(inter1, inter2) * 10;
        }
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }

    /** State forces: "<adjective> government" and the states the dictionaries name as themselves. */
    static boolean isState(List<String> actor1) {
        if (actor1.isEmpty()) {
            return false;
        }
        String a = actor1.get(0);
        return a.endsWith(" government") || List.of("Ukraine", "Russia", "Turkey", "Iran", "Azerbaijan", "Armenia",
                "Israel", "United States").contains(a);
    }

    /** ACLED's geo_precision: 1 the named town, 2 near it or a part of a region, 3 the province only. */
    static int geoPrecision(String placePrecision) {
        if (placePrecision == null) {
            return 3;
        }
        return switch (placePrecision) {
            case "admin1", "country", Admin1Points.ADMIN1_CENTROID -> 3;
            case "region" -> 2;
            default -> 1;
        };
    }

    /** ACLED's time_precision: 1 the day, 2 within a week, 3 the month or longer. */
    static int timePrecision(String datePrecision) {
        return switch (datePrecision) {
            case "day" -> 1;
            case "week" -> 2;
            default -> 3;
        };
    }

    static String countryName(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            return "";
        }
        String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? iso2 : name;
    }
}
