package org.frontline.model;

import java.util.Locale;

/** The event vocabulary of the output contract. */
public enum EventType {
    TERRITORY_CAPTURED, SIEGE, ROUTE_CUT, ADVANCE, ARMED_CLASH, AIR_STRIKE, SHELLING, SUICIDE_BOMB,
    REMOTE_EXPLOSIVE, VIOLENCE_AGAINST_CIVILIANS, DISPLACEMENT, EVACUATION, AGREEMENT, ARREST, PROTEST;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
