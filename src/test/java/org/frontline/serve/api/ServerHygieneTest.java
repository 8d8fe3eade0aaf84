package org.frontline.serve.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.frontline.Frontline;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smaller things an operator or a client tripped over (issue 16), one test each. */
class ServerHygieneTest {
    static final String TOKEN = "hygiene-token-9";
    static final String TEXT = "Militia gunners shelled the market of a river town held by the army, killing three traders.";
    @TempDir
    static Path tmp;
    static EventStore store;
    static ApiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = EventStore.open(tmp.resolve("h.db").toString());
        server = ApiServer.start(store, Frontline.standard(1), ApiServer.Options.localhost(0, TOKEN));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String auth, String type, String body) throws Exception {
        return send(at(path).header("Authorization", auth).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() throws Exception {
        HttpResponse<String> r = post("/api/documents?id=lower", "bearer " + TOKEN, "text/plain", TEXT);
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void theSameBodyPostedTwiceIsUnchangedAndNoServerPathIsShown() throws Exception {
        post("/api/documents?id=twice", "Bearer " + TOKEN, "text/plain", TEXT + " Again.");
        HttpResponse<String> second = post("/api/documents?id=twice", "Bearer " + TOKEN, "text/plain", TEXT + " Again.");
        assertEquals("unchanged", JSON.readTree(second.body()).get("documents").get(0).get("outcome").asText(), second.body());
        HttpResponse<String> broken = post("/api/documents", "Bearer " + TOKEN, "application/x-ndjson", "{not json\n");
        assertFalse(broken.body().contains(System.getProperty("java.io.tmpdir")), broken.body());
        assertFalse(broken.body().contains("frontline-post"), broken.body());
    }

    @Test
    void aPostWhoseEveryDocumentFailedIsNotA200() throws Exception {
        HttpResponse<String> r = post("/api/documents", "Bearer " + TOKEN, "application/x-ndjson", "{not json\n[1,2]\n");
        assertEquals(422, r.statusCode(), r.body());
        JsonNode docs = JSON.readTree(r.body()).get("documents");
        assertEquals(2, docs.size());
    }

    @Test
    void numbersAreDecimalsNotJavaLiterals() throws Exception {
        for (String q : new String[] {"bbox=0x1p3,0,10,10", "bbox=1d,0,10,10", "bbox=Infinity,0,10,10", "near=1e400,0,10"}) {
            assertEquals(400, send(at("/api/events?" + q)).statusCode(), q);
        }
        assertEquals(200, send(at("/api/events?bbox=-10.5,0,10,.5")).statusCode());
    }

    @Test
    void headIsGetWithoutTheBody() throws Exception {
        HttpResponse<String> get = send(at("/api/range"));
        HttpResponse<String> head = send(at("/api/range").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElse(""));
        assertEquals(200, send(at("/").method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode());
    }

    @Test
    void anUnknownMethodIs405WithAllow() throws Exception {
        HttpResponse<String> r = send(at("/api/events").DELETE());
        assertEquals(405, r.statusCode());
        assertTrue(r.headers().firstValue("Allow").orElse("").contains("GET"), r.headers().map().toString());
    }

    @Test
    void foldersAreNotFiles() throws Exception {
        assertEquals(404, send(at("/js/")).statusCode());
        assertEquals(404, send(at("/js")).statusCode());
        assertEquals(200, send(at("/js/app.js")).statusCode());
    }

    @Test
    void answersSayHowToCacheThemAndRefuseFraming() throws Exception {
        HttpResponse<String> r = send(at("/api/range"));
        assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }
}
