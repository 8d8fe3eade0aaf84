package org.frontline.serve.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/** The RFC 7946 rules a FeatureCollection of points must keep, as test assertions. */
public final class Rfc7946Check {
    private Rfc7946Check() {
    }

    public static void assertValid(JsonNode fc) {
        assertEquals("FeatureCollection", fc.path("type").asText());
        assertFalse(fc.has("crs"), "RFC 7946 removed the crs member (section 4)");
        assertTrue(fc.path("features").isArray(), "features is an array (3.3)");
        for (JsonNode f : fc.get("features")) {
            assertEquals("Feature", f.path("type").asText());
            assertTrue(f.has("geometry") && f.has("properties"), "a Feature has geometry and properties members (3.2)");
            assertTrue(f.get("properties").isObject() || f.get("properties").isNull());
            if (f.has("id")) {
                assertTrue(f.get("id").isTextual() || f.get("id").isNumber(), "id is a string or number (3.2)");
            }
            JsonNode g = f.get("geometry");
            if (g.isNull()) {
                continue;
            }
            assertEquals("Point", g.path("type").asText());
            JsonNode c = g.get("coordinates");
            assertTrue(c.isArray() && c.size() >= 2 && c.size() <= 3, "a position has 2 or 3 numbers (3.1.1)");
            double lon = c.get(0).asDouble(), lat = c.get(1).asDouble();
            assertTrue(c.get(0).isNumber() && c.get(1).isNumber());
            assertTrue(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, "longitude, latitude in WGS 84 (4)");
        }
    }
}
