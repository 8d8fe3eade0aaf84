package org.frontline.recognise.place;

import org.frontline.model.Place;

/**
 * One gazetteer row. {@code id} 0 = no GeoNames id (synthetic admin1/country rows, curated
 * supplement places); {@code lat}/{@code lon} NaN = coordinates unknown; {@code curated} = from
 * the hand-made supplement, which outranks GeoNames homonyms because it lists places the news
 * actually names.
 */
public record GazetteerEntry(long id, String name, float lat, float lon, String featureClass,
                             String featureCode, String country, String admin1Code, String admin1,
                             long population, boolean curated) {

    public boolean hasCoordinates() {
        return !Float.isNaN(lat);
    }

    public boolean isCountry() {
        return featureCode.startsWith("PCL") || "TERR".equals(featureCode);
    }

    public boolean isAdmin1() {
        return "ADM1".equals(featureCode);
    }

    public boolean isPopulated() {
        return "P".equals(featureClass);
    }

    /** Capitals and admin seats first: the usual referent of a bare name in the news. */
    public int rank() {
        return switch (featureCode) {
            case "PCLI", "PCL", "PCLD", "PCLS", "PCLF", "PCLIX" -> 6;
            case "PPLC" -> 5;
            case "PPLA", "ADM1" -> 4;
            case "PPLA2" -> 3;
            case "PPLA3" -> 2;
            case "PPLA4", "PPL", "PPLX", "PPLL" -> 1;
            default -> 0;
        };
    }

    /** Spec vocabulary: city, town, village, region, admin1, country, site. */
    public String precision() {
        if (isCountry()) {
            return "country";
        }
        if (isAdmin1()) {
            return "admin1";
        }
        if (!isPopulated()) {
            return switch (featureCode) {
                case "ADM2", "ADM3", "RGN", "RGNE", "AREA", "VAL", "MTS", "OAS", "ISL" -> "region";
                default -> "site";
            };
        }
        if ("PPLC".equals(featureCode) || "PPLA".equals(featureCode) || population >= 100_000) {
            return "city";
        }
        if (featureCode.startsWith("PPLA") || population >= 2_000) {
            return "town";
        }
        return "village";
    }

    /** The model record, named as the text wrote it (the scorer matches names and 25 km). */
    public Place toPlace(String displayName) {
        Double la = hasCoordinates() ? Double.valueOf(Math.round(lat * 1e5) / 1e5) : null;
        Double lo = hasCoordinates() ? Double.valueOf(Math.round(lon * 1e5) / 1e5) : null;
        return new Place(displayName, la, lo, country.isEmpty() ? null : country,
                admin1.isEmpty() ? null : admin1, id == 0 ? null : id, precision());
    }
}
