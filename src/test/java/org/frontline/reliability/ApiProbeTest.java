package org.frontline.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile query parameters: every malformed value is a 400 whose JSON error names
 * the parameter, never a 500; SQL (and full-text query syntax) in every text parameter finds
 * nothing it should not and breaks nothing.
 */
class ApiProbeTest {
    @TempDir
    static Path dir;
    static ApiServerFixture api;
    static int eventsBefore;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiServerFixture(dir, 30, 4);
        eventsBefore = Json.MAPPER.readTree(api.http.get("/api/events?limit=10000").body()).get("events").size();
        assertTrue(eventsBefore > 0);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Parameter name, then malformed values; each goes to every endpoint that takes the parameter. */
    static Stream<String> malformed() {
        List<String> probes = new ArrayList<>();
        String[] dates = {"2017-02-31", "31 February", "2017-13-01", "0000-00-00", "2017-1-1", "NaN", "1e400", "+99999-01-01",
                "２０１７-０１-０１", "2017-02-06T00:00", "-1", "", "%00"};
        for (String d : dates) {
            if (!d.isEmpty()) {
                for (String p : List.of("/api/events?from=", "/api/events?to=", "/api/export?format=jsonl&from=", "/api/sieges?on=",
                        "/api/control?on=")) {
                    probes.add(p + (d.equals("%00") ? d : enc(d)));
                }
            }
        }
        for (String n : List.of("-1", "0", "NaN", "1e400", "1.5", "99999999999", "10001", "0x10", "Infinity", "1,000", "-0x1")) {
            probes.add("/api/events?limit=" + enc(n));
            probes.add("/api/search?q=x&limit=" + enc(n));
        }
        for (String n : List.of("-1", "NaN", "1e400", "1.5", "99999999999", "-2147483648", "abc")) {
            probes.add("/api/events?offset=" + enc(n));
            probes.add("/api/export?format=jsonl&offset=" + enc(n));
        }
        for (String b : List.of("NaN,NaN,NaN,NaN", "1e400,0,1,1", "-Infinity,0,1,1", "0,0,0", "a,b,c,d", "1,2,3,4,5", "10,10,0,0",
                ",,,", "0,0,181,1", "0,-91,1,1", "0x1,0,1,1", "1e-400,0,1,1e400", "0,0,1,1;DROP")) {
            probes.add("/api/events?bbox=" + enc(b));
            probes.add("/api/export?format=geojson&bbox=" + enc(b));
        }
        for (String n : List.of("NaN,0,5", "0,0,1e400", "91,0,1", "0,181,1", "0,0,-1", "0,0", "x,y,z", "0,0,20001")) {
            probes.add("/api/events?near=" + enc(n));
        }
        for (String t : List.of("coup", "SIEGE;", "' OR 1=1", "x".repeat(41))) {
            probes.add("/api/events?type=" + enc(t));
        }
        for (String p : List.of("place", "actor")) {
            probes.add("/api/events?" + p + "=" + "x".repeat(201));
        }
        probes.add("/api/search?q=" + "x".repeat(501));
        probes.add("/api/search");
        probes.add("/api/control");
        probes.add("/api/sieges");
        probes.add("/api/export?format=xls");
        probes.add("/api/export?format=" + enc("../../etc/passwd"));
        probes.add("/api/events?from=2017-02-07&to=2017-02-01");
        return probes.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedParametersAre400WithAClearMessage(String path) throws Exception {
        HttpResponse<String> r = api.http.get(path);
        assertEquals(400, r.statusCode(), path + " -> " + r.body());
        JsonNode err = Json.MAPPER.readTree(r.body()).get("error");
        assertTrue(err != null && err.asText().length() > 10, path + " -> " + r.body());
    }

    /** Odd but well-formed: an answer (200, or 404 for an unknown id), never a 500. */
    static Stream<String> oddButValid() {
        return Stream.of("/api/events?offset=2147483647", "/api/events?limit=10000&offset=2147483647",
                "/api/events?place=" + enc("\uD83D\uDCA3 ☢ قصف"), "/api/events?place=%C0%AF%FF", "/api/events?actor=" + enc("\u202Eevil"),
                "/api/events?place=" + enc("a\u0000b"), "/api/events?bbox=-180,-90,180,90&offset=2147483647",
                "/api/events?near=0,0,0", "/api/export?format=acled-csv&limit=2147483647", "/api/events?limit=10000",
                "/api/events/" + enc("mention:99999999999999999999"), "/api/events/mention:-1", "/api/events/mention:abc",
                "/api/documents/" + enc("\u0000"), "/api/search?q=" + enc("\uD83D\uDCA3"), "/api/search?q=%C0%AF",
                "/api/events?from=0001-01-01&to=9999-12-31", "/api/sieges?on=0001-01-01", "/api/control?on=9999-12-31",
                "/api/events?place=x&place=y&place=z", "/api/events?limit=" + enc("٣"), "/api/events?limit=+", "/api/events?=&&&=x", "/api/events?" + "a=b&".repeat(2000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddButValid")
    void oddButValidParametersNeverGive500(String path) throws Exception {
        HttpResponse<String> r = api.http.get(path);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 404 || r.statusCode() == 400, path + " -> " + r.statusCode() + " " + r.body());
        assertNotEquals(500, r.statusCode());
    }

    /** Escapes java.net.URI will not even send: over a raw socket. */
    @org.junit.jupiter.api.Test
    void malformedPercentEncodingIs400() throws Exception {
        for (String target : List.of("/api/events?place=%ZZ", "/api/events?place=%", "/api/events/%ZZ", "/api/documents/%E0%A4%A",
                "/api/search?q=%FF%FE%")) {
            assertEquals(400, api.http.rawGetStatus(target), target);
        }
    }

    static Stream<String> injections() {
        return Stream.of("' OR '1'='1", "x'); DROP TABLE document;--", "\" OR 1=1 --", "%' OR 1=1 --", "%", "_", "*", "\\",
                "1; SELECT pg_sleep(5)--", "'||(SELECT sqlite_version())||'", "\"unbalanced", "NEAR(a b", "a OR b", "title:x", "^x",
                "x AND NOT y", "(", ")", "-x", "a:b:c", "' UNION SELECT * FROM mention --");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("injections")
    void sqlAndQuerySyntaxInEveryTextParameterFindNothingAndBreakNothing(String probe) throws Exception {
        String e = enc(probe);
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/api/events?place=" + e, "/api/events?actor=" + e, "/api/events?type=" + e,
                "/api/export?format=jsonl&place=" + e, "/api/export?format=jsonl&actor=" + e, "/api/search?q=" + e,
                "/api/documents?q=" + e, "/api/control?on=2016-03-14&place=" + e, "/api/events/" + e, "/api/documents/" + e,
                "/api/export?format=" + e, "/api/sieges?on=" + e, "/api/events?from=" + e)) {
            HttpResponse<String> r = api.http.get(path);
            if (r.statusCode() >= 500) {
                failures.add(path + " -> " + r.statusCode() + " " + r.body());
            } else if (r.statusCode() == 200 && path.startsWith("/api/events?") && Json.MAPPER.readTree(r.body()).get("events").size() > 0) {
                failures.add(path + " matched events: the probe was read as SQL");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(eventsBefore, Json.MAPPER.readTree(api.http.get("/api/events?limit=10000").body()).get("events").size(),
                "the tables survive");
    }
}
