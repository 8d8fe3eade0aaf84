package org.frontline.serve.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.frontline.model.EventType;

/** Typed, validated query parameters; anything malformed is a 400 that names the parameter. */
final class Params {
    static final int MAX_LIMIT = 10_000;
    private final Map<String, String> raw;

    Params(Map<String, String> raw) {
        this.raw = raw;
    }

    String text(String name, int maxLength) {
        String v = raw.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > maxLength) {
            throw new BadRequest(name + " is longer than " + maxLength + " characters");
        }
        return v.strip();
    }

    boolean bool(String name, boolean dflt) {
        String v = text(name, 5);
        if (v == null) {
            return dflt;
        }
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequest(name + " must be true or false, got '" + v + "'");
        };
    }

    LocalDate date(String name) {
        String v = text(name, 10);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a date YYYY-MM-DD, got '" + v + "'");
        }
    }

    int integer(String name, int dflt, int min, int max) {
        String v = text(name, 12);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new BadRequest(name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number, got '" + v + "'");
        }
    }

    EventType type(String name) {
        String v = text(name, 40);
        if (v == null) {
            return null;
        }
        try {
            return EventType.fromLabel(v);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(name + " is not an event type: '" + v + "'");
        }
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");

    /** Four or three finite numbers, comma-separated, each range-checked by the caller's bounds. */
    double[] numbers(String name, int count, double[][] bounds) {
        String v = text(name, 200);
        if (v == null) {
            return null;
        }
        String[] f = v.split(",");
        if (f.length != count) {
            throw new BadRequest(name + " needs " + count + " comma-separated numbers, got '" + v + "'");
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            // plain decimals only: Java would also take "0x1p3", "1d" or "Infinity"
            if (!PLAIN_NUMBER.matcher(f[i].strip()).matches()) {
                throw new BadRequest(name + " has a value that is not a plain decimal number: '" + f[i] + "'");
            }
            try {
                out[i] = Double.parseDouble(f[i].strip());
            } catch (NumberFormatException e) {
                throw new BadRequest(name + " has a value that is not a number: '" + f[i] + "'");
            }
            if (!Double.isFinite(out[i]) || out[i] < bounds[i][0] || out[i] > bounds[i][1]) {
                throw new BadRequest(name + " value " + f[i].strip() + " is outside [" + bounds[i][0] + ", " + bounds[i][1] + "]");
            }
        }
        return out;
    }
}
