package org.frontline.model;

/**
 * A resolved place: a gazetteer entry (or a supplement entry) with coordinates.
 * {@code precision} is one of town, city, village, region, admin1, country, site.
 */
public record Place(String name, Double lat, Double lon, String country, String admin1,
                    Long geonamesId, String precision) {

    public Place {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a place needs a name");
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("lat and lon come together: " + name);
        }
    }

    /** Great-circle distance in km; {@code Double.NaN} when either side has no coordinates. */
    public double kmTo(Place other) {
        if (lat == null || other.lat == null) {
            return Double.NaN;
        }
        double la1 = Math.toRadians(lat), la2 = Math.toRadians(other.lat);
        double dla = la2 - la1, dlo = Math.toRadians(other.lon - lon);
        double h = Math.sin(dla / 2) * Math.sin(dla / 2)
                + Math.cos(la1) * Math.cos(la2) * Math.sin(dlo / 2) * Math.sin(dlo / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** Same real place: same GeoNames id, or same name and country when ids are missing. */
    public boolean sameAs(Place other) {
        if (other == null) {
            return false;
        }
        if (geonamesId != null && other.geonamesId != null) {
            return geonamesId.equals(other.geonamesId);
        }
        return name.equalsIgnoreCase(other.name) && java.util.Objects.equals(country, other.country);
    }
}
