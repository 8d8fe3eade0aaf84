package org.frontline.serve.export;

import java.util.List;
import java.util.Locale;
import org.frontline.model.EventType;

/** The spec's mapping of Frontline event types to ACLED's event type and sub-event type. */
final class AcledMapping {
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
                    text.matches("(?s).*\\b(abduct|kidnap|disappear).*") ? "Abduction/forced disappearance"
                            : text.matches("(?s).*\\b(rape|sexual).*") ? "Sexual violence" : "Attack");
            case ROUTE_CUT, DISPLACEMENT, EVACUATION -> new Types("Strategic developments", "Other");
            case AGREEMENT -> new Types("Strategic developments", "Agreement");
            case ARREST -> new Types("Strategic developments", "Arrests");
            case PROTEST -> text.matches("(?s).*\\b(riot|clashed with police|stone|torched).*")
                    ? new Types("Riots", "Violent demonstration") : new Types("Protests", "Peaceful protest");
        };
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
            case "admin1", "country" -> 3;
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
