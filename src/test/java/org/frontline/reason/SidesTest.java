package org.frontline.reason;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class SidesTest {

    private final Sides sides = Sides.load();

    @Test
    void sidesDependOnTheTheatre() {
        assertTrue(sides.allied("SY", "United States", "YPG"));
        assertTrue(sides.opposed("SY", "United States", "Syrian government"));
        assertTrue(sides.allied("IQ", "United States", "Iraqi government"));
        assertTrue(sides.opposed("UA", "Russia", "Ukraine"));
        assertTrue(sides.allied("UA", "Russia", "Donetsk People's Republic"));
    }

    @Test
    void unknownActorsAreNobodysEnemy() {
        assertFalse(sides.opposed("SY", "civilians", "Islamic State"));
        assertFalse(sides.opposed("XX", "Turkey", "Islamic State"));
        assertTrue(sides.isParty("SANA"));
        assertFalse(sides.isParty("Syrian Observatory for Human Rights"));
    }

    @Test
    void malformedRowsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Sides.parse(List.of("SY\tonly two")));
    }
}
