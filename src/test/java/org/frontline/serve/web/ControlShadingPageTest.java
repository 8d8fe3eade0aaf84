package org.frontline.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventStore;
import org.frontline.testing.SharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map's control shading in a real headless browser over the seeds and dev reports (the store
 * of {@link MapPageTest} is the seeds alone, whose slider and marker layout its tests rely on).
 */
class ControlShadingPageTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;
    static EventStore store;
    static ApiServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start(tmp.resolve("chromium-profile")); // skips before the ingest when there is no browser
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Frontline frontline = Frontline.standard();
        store = EventStore.open(tmp.resolve("web.db").toString());
        Ingestion ingestion = new Ingestion(store, new EventClusterer());
        try (Stream<Frontline.Extracted> docs = frontline.extractWithArticles(List.of(SharedCorpus.seeds(), SharedCorpus.dev()))) {
            docs.forEach(ingestion::ingest);
        }
        server = ApiServer.start(store, frontline, ApiServer.Options.localhost(0, null));
        browser.get("http://127.0.0.1:" + server.port() + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    static void slideTo(String day) {
        LocalDate min = LocalDate.parse(browser.findElement(By.id("slider-min")).getText());
        long steps = ChronoUnit.DAYS.between(min, LocalDate.parse(day));
        ((JavascriptExecutor) browser).executeScript("const s = document.getElementById('slider');"
                + "s.value = arguments[0]; s.dispatchEvent(new Event('input'));", steps);
        assertEquals(day, browser.findElement(By.id("date")).getText());
    }

    static long withPoint(JsonNode places) {
        long n = 0;
        for (JsonNode p : places) {
            JsonNode place = p.get("place");
            n += place != null && place.hasNonNull("lat") && place.hasNonNull("lon") ? 1 : 0;
        }
        return n;
    }

    static void screenshot(String name) throws Exception {
        Path shot = Path.of("target", "screenshots", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Issue 14: the shading follows the timeline, and no place is shaded as held by a side the
     * evidence contradicts: every holder drawn is the holder the timeline follows (never a claim it
     * set aside), contested and unknown places are drawn apart from held ones, places with
     * contradicting claims are marked, and Azaz and Damascus (where only a misread siege and
     * captures of nearby places once named a holder) are unknown, not held.
     */
    @Test
    void theShadingFollowsTheTimelineAndNeverShowsAContradictedHolder() throws Exception {
        new Select(browser.findElement(By.id("filter-window"))).selectByValue("30");
        for (String day : List.of("2015-10-27", "2016-05-27", "2017-02-06", "2017-02-10", "2017-11-10", "2018-07-06",
                "2019-08-21", "2020-02-08", "2021-08-08", "2015-02-18", "2014-08-31")) {
            JsonNode control = api("/api/control?on=" + day);
            JsonNode against = api("/api/contradictions?on=" + day);
            slideTo(day);
            wait.until(d -> d.findElements(By.cssSelector("path.control-place")).size() == withPoint(control.get("places"))
                    && d.findElements(By.cssSelector("path.control-unknown")).size() == withPoint(control.get("unknown"))
                    ? true : null);
            for (WebElement p : browser.findElements(By.cssSelector("path.control-place"))) {
                String place = p.getAttribute("data-place"), holder = p.getAttribute("data-holder");
                String classes = p.getAttribute("class");
                JsonNode record = null;
                for (JsonNode r : control.get("places")) {
                    if (r.get("place").get("name").asText().equals(place)) {
                        record = r;
                    }
                }
                assertNotNull(record, day + ": " + place + " drawn but not in /api/control");
                assertEquals(record.get("holder").asText(), holder, day + ": " + place + " shaded as the timeline says");
                assertEquals(record.get("contested").asBoolean(), classes.contains("contested"), day + " " + place + ": " + classes);
                assertEquals(record.get("contradicted_by").size() > 0, classes.contains("contradicted"), day + " " + place);
                for (JsonNode c : against) {
                    if (!c.get("place").get("name").asText().equals(place)) {
                        continue;
                    }
                    assertEquals(c.get("followed").get("holder").asText(), holder,
                            day + ": " + place + " is shaded by the claim the timeline follows: " + c);
                    for (JsonNode a : c.get("against")) {
                        if (!a.get("holder").asText().equals(c.get("followed").get("holder").asText())) {
                            assertNotEquals(a.get("holder").asText(), holder, day + ": " + place + " shaded by a set-aside claim");
                        }
                    }
                }
            }
            for (WebElement u : browser.findElements(By.cssSelector("path.control-unknown"))) {
                assertEquals("unknown", u.getAttribute("data-state"));
                assertTrue(u.getAttribute("data-holder") == null || u.getAttribute("data-holder").isEmpty(),
                        "an unknown place names no holder");
            }
        }
        slideTo("2016-05-27");
        wait.until(d -> d.findElements(By.cssSelector("path.control-unknown[data-place='Damascus']")).isEmpty() ? null : true);
        assertTrue(browser.findElements(By.cssSelector("path.control-place[data-place='Damascus']")).isEmpty(),
                "no report says who holds Damascus: unknown, not the rebels' (captures of a town south of it)");
        for (WebElement azaz : browser.findElements(By.cssSelector("path.control-place[data-place='Azaz']"))) {
            assertEquals("Syrian rebels", azaz.getAttribute("data-holder"),
                    "IS cut the road to rebel-held Azaz: never shaded as IS's");
        }
        slideTo("2017-11-10");
        wait.until(d -> d.findElements(By.cssSelector("path.control-place.contradicted[data-place='Albu Kamal']")).isEmpty()
                ? null : true);
        assertEquals("Syrian government", browser.findElement(By.cssSelector("path.control-place[data-place='Albu Kamal']"))
                .getAttribute("data-holder"));
        assertFalse(browser.findElements(By.cssSelector("#legend-sides li[data-side='Unknown']")).isEmpty());
        screenshot("control-shading.png");
    }

}
