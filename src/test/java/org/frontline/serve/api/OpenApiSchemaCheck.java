package org.frontline.serve.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against an OpenAPI 3.0 schema (the subset our document uses: $ref, allOf,
 * type, nullable, enum, required, properties, items, additionalProperties, minItems/maxItems,
 * minimum, format date and date-time). An object schema that lists properties is closed: a
 * property it does not document is a problem, so the document cannot say less than the server.
 */
final class OpenApiSchemaCheck {
    private final JsonNode document;

    OpenApiSchemaCheck(JsonNode document) {
        this.document = document;
    }

    /** Every mismatch, each with its JSON path; empty when the value fits. */
    List<String> problems(JsonNode value, JsonNode schema) {
        List<String> out = new ArrayList<>();
        check(value, schema, "$", out);
        return out;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = document.at(ref.substring(1));
            if (schema.isMissingNode()) {
                throw new IllegalStateException("unresolved " + ref);
            }
        }
        return schema;
    }

    private void check(JsonNode v, JsonNode given, String path, List<String> out) {
        JsonNode schema = resolve(given);
        if (schema.has("allOf")) {
            Map<String, JsonNode> props = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            for (JsonNode part : schema.get("allOf")) {
                JsonNode p = resolve(part);
                p.path("properties").fields().forEachRemaining(f -> props.put(f.getKey(), f.getValue()));
                p.path("required").forEach(r -> required.add(r.asText()));
            }
            checkObject(v, props, required, null, path, out);
            return;
        }
        if (v == null || v.isMissingNode()) {
            out.add(path + ": missing");
            return;
        }
        if (v.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                out.add(path + ": null, and the schema does not allow null");
            }
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(v);
            }
            if (!found) {
                out.add(path + ": " + v + " is not one of " + schema.get("enum"));
            }
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!v.isObject()) {
                    out.add(path + ": not an object: " + clip(v));
                    return;
                }
                if (schema.has("properties")) {
                    Map<String, JsonNode> props = new LinkedHashMap<>();
                    schema.get("properties").fields().forEachRemaining(f -> props.put(f.getKey(), f.getValue()));
                    List<String> required = new ArrayList<>();
                    schema.path("required").forEach(r -> required.add(r.asText()));
                    checkObject(v, props, required, schema.get("additionalProperties"), path, out);
                } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                    v.fields().forEachRemaining(f -> check(f.getValue(), schema.get("additionalProperties"), path + "." + f.getKey(), out));
                }
            }
            case "array" -> {
                if (!v.isArray()) {
                    out.add(path + ": not an array: " + clip(v));
                    return;
                }
                if (schema.has("minItems") && v.size() < schema.get("minItems").asInt()) {
                    out.add(path + ": fewer than " + schema.get("minItems") + " items");
                }
                if (schema.has("maxItems") && v.size() > schema.get("maxItems").asInt()) {
                    out.add(path + ": more than " + schema.get("maxItems") + " items");
                }
                for (int i = 0; i < v.size(); i++) {
                    check(v.get(i), schema.get("items"), path + "[" + i + "]", out);
                }
            }
            case "string" -> {
                if (!v.isTextual()) {
                    out.add(path + ": not a string: " + clip(v));
                    return;
                }
                String f = schema.path("format").asText("");
                try {
                    if (f.equals("date")) {
                        LocalDate.parse(v.asText());
                    } else if (f.equals("date-time")) {
                        Instant.parse(v.asText());
                    }
                } catch (RuntimeException e) {
                    out.add(path + ": '" + v.asText() + "' is not a " + f);
                }
            }
            case "integer" -> {
                if (!v.isIntegralNumber()) {
                    out.add(path + ": not an integer: " + clip(v));
                } else if (schema.has("minimum") && v.asLong() < schema.get("minimum").asLong()) {
                    out.add(path + ": below the minimum " + schema.get("minimum"));
                }
            }
            case "number" -> {
                if (!v.isNumber()) {
                    out.add(path + ": not a number: " + clip(v));
                }
            }
            case "boolean" -> {
                if (!v.isBoolean()) {
                    out.add(path + ": not a boolean: " + clip(v));
                }
            }
            default -> {
                // no type: anything goes
            }
        }
    }

    private void checkObject(JsonNode v, Map<String, JsonNode> props, List<String> required, JsonNode additional,
                             String path, List<String> out) {
        if (!v.isObject()) {
            out.add(path + ": not an object: " + clip(v));
            return;
        }
        for (String r : required) {
            if (!v.has(r)) {
                out.add(path + ": required property '" + r + "' is missing");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode s = props.get(f.getKey());
            if (s != null) {
                check(f.getValue(), s, path + "." + f.getKey(), out);
            } else if (additional != null && additional.isObject()) {
                check(f.getValue(), additional, path + "." + f.getKey(), out);
            } else if (additional == null || !additional.asBoolean(false)) {
                out.add(path + ": property '" + f.getKey() + "' is not in the document");
            }
        }
    }

    private static String clip(JsonNode v) {
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
