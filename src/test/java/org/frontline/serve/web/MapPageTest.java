package org.frontline.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventStore;
import org.frontline.testing.SharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web map in a real headless browser against the real API server over the seeds (the Al-Bab
 * reports) plus one hostile document: markers, slider, evidence highlighted in the source text,
 * and article text that tries to run script shown as text.
 */
class MapPageTest {
    static final String HOSTILE_DOC = "hostile.txt";
    static final String HOSTILE_TEXT = """
            Hostile <img src=x onerror="window.__pwned=1"> report on Manbij

            BEIRUT, Jan 10, 2017 (Xinhua) -- Islamic State militants shelled the town of Manbij on Tuesday, \
            killing four civilians, activists said. <script>window.__pwned=1</script>

            The report went on <img src=x onerror="window.__pwned=1"> with more <b>text</b>.
            """;
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
        Path seeds = SharedCorpus.seeds();
        browser = Browser.start(tmp.resolve("chromium-profile")); // skips before the ingest when there is no browser
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Path hostile = Files.createDirectories(tmp.resolve("hostile"));
        Files.writeString(hostile.resolve(HOSTILE_DOC), HOSTILE_TEXT);
        Frontline frontline = Frontline.standard();
        store = EventStore.open(tmp.resolve("web.db").toString());
        Ingestion ingestion = new Ingestion(store, new EventClusterer());
        try (Stream<Frontline.Extracted> docs = frontline.extractWithArticles(List.of(seeds, hostile))) {
            docs.forEach(ingestion::ingest);
        }
        server = ApiServer.start(store, frontline, ApiServer.Options.localhost(0, null));
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

    /** A fresh page showing every event up to the last day (window "all before", slider at the end). */
    @BeforeEach
    void open() throws Exception {
        browser.get(base() + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        if (!Files.exists(Path.of("target", "screenshots", "first-view.png"))) {
            screenshot("first-view.png"); // what a reader sees on opening the page
        }
        new Select(browser.findElement(By.id("filter-window"))).selectByValue("all");
        browser.findElement(By.id("slider")).sendKeys(Keys.END);
    }

    static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    static List<JsonNode> events() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        api("/api/events?limit=10000").get("events").forEach(out::add);
        return out;
    }

    static WebElement marker(String eventId) {
        return wait.until(d -> d.findElements(By.cssSelector(".event-marker[data-id]")).stream()
                .filter(m -> eventId.equals(m.getAttribute("data-id"))).findFirst().orElse(null));
    }

    /** Clicks the event's marker and waits until its evidence pane has every document in it. */
    static WebElement showEvidence(String eventId) {
        marker(eventId).click();
        return wait.until(d -> {
            WebElement pane = d.findElement(By.id("evidence"));
            return eventId.equals(pane.getAttribute("data-loaded")) ? pane : null;
        });
    }

    @Test
    void alBabEventsAreOnTheMapAndTheSliderMovesThroughTheWar() throws Exception {
        List<WebElement> alBab = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".event-marker[data-place='Al-Bab']"));
            return found.isEmpty() ? null : found;
        });
        assertTrue(alBab.stream().allMatch(WebElement::isDisplayed), "Al-Bab markers are drawn");
        assertTrue(alBab.stream().anyMatch(m -> "siege".equals(m.getAttribute("data-type"))), "the siege of Al-Bab is among them");

        assertTrue(browser.findElement(By.id("slider-min")).getText().startsWith("2015"), "slider starts in 2015");
        assertTrue(browser.findElement(By.id("slider-max")).getText().startsWith("2017"), "slider ends in 2017");
        WebElement date = browser.findElement(By.id("date"));
        String last = date.getText();
        assertTrue(last.startsWith("2017"), last);
        browser.findElement(By.id("slider")).sendKeys(Keys.HOME);
        String first = date.getText();
        assertTrue(first.startsWith("2015"), first);
        assertTrue(browser.findElements(By.cssSelector(".event-marker[data-place='Al-Bab'][data-type='siege']")).isEmpty(),
                "on the first day the 2017 siege is not shown yet");
        browser.findElement(By.id("slider")).sendKeys(Keys.ARROW_RIGHT);
        assertNotEquals(first, date.getText(), "one step on changes the date");

        browser.findElement(By.id("play")).click();
        wait.until(d -> !d.findElement(By.id("date")).getText().equals(first) ? true : null);
        browser.findElement(By.id("play")).click();
        assertEquals("Play", browser.findElement(By.id("play")).getText(), "paused");

        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(l -> l.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertTrue(errors.isEmpty(), "no errors in the page's console: " + errors);
        assertFalse(browser.findElement(By.id("status")).getText().contains("not loaded"),
                browser.findElement(By.id("status")).getText());
    }

    @Test
    void theTypeAndActorFiltersNarrowTheMarkers() {
        wait.until(d -> d.findElements(By.cssSelector(".event-marker[data-type='armed_clash']")).isEmpty() ? null : true);
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("siege");
        wait.until(d -> d.findElements(By.cssSelector(".event-marker[data-type='armed_clash']")).isEmpty());
        List<WebElement> shown = browser.findElements(By.cssSelector(".leaflet-marker-pane .event-marker"));
        assertFalse(shown.isEmpty(), "sieges remain");
        assertTrue(shown.stream().allMatch(m -> "siege".equals(m.getAttribute("data-type"))), "only sieges");

        new Select(browser.findElement(By.id("filter-type"))).selectByValue("");
        WebElement actor = browser.findElement(By.id("filter-actor"));
        actor.sendKeys("Nobody By This Name", Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".leaflet-marker-pane .event-marker")).isEmpty());
        assertTrue(browser.findElement(By.id("status")).getText().startsWith("0 of 0"), browser.findElement(By.id("status")).getText());

        actor.clear();
        actor.sendKeys(Keys.ENTER);
        ((JavascriptExecutor) browser).executeScript("const f = document.getElementById('filter-from');"
                + "f.value = '2017-01-01'; f.dispatchEvent(new Event('change'));");
        wait.until(d -> "2017-01-01".equals(d.findElement(By.id("slider-min")).getText()) ? true : null);
        browser.findElement(By.id("slider")).sendKeys(Keys.HOME);
        assertEquals("2017-01-01", browser.findElement(By.id("date")).getText(), "the date filter narrows the slider");
    }

    @Test
    void clickingTheAlBabSiegeShowsItsEvidenceHighlightedInEachSourceText() throws Exception {
        JsonNode siege = events().stream().filter(e -> "siege".equals(e.get("type").asText())
                && e.hasNonNull("place") && "Al-Bab".equals(e.get("place").get("name").asText()))
                .max((a, b) -> a.get("corroboration").asInt() - b.get("corroboration").asInt()).orElse(null);
        assertNotNull(siege, "the seeds hold the siege of Al-Bab");
        String id = siege.get("id").asText();
        WebElement pane = showEvidence(id);

        List<WebElement> docs = pane.findElements(By.cssSelector(".evidence-doc"));
        assertEquals(siege.get("documents").size(), docs.size(), "one section per source document");
        for (WebElement doc : docs) {
            assertFalse(doc.findElement(By.cssSelector(".doc-title")).getText().isBlank(), "document title shown");
            List<WebElement> hits = doc.findElements(By.cssSelector(".doc-text mark.evidence-hit"));
            assertFalse(hits.isEmpty(), "evidence highlighted inside the text of " + doc.getAttribute("data-doc"));
            String text = doc.findElement(By.cssSelector(".doc-text")).getText();
            assertTrue(text.length() > hits.get(0).getText().length() * 2, "the whole text is shown, not only the hit");
        }
        String hit = pane.findElement(By.cssSelector("mark.evidence-hit")).getText();
        assertTrue(hit.contains("Al-Bab") || hit.toLowerCase().contains("besieged"), hit);
        String listed = pane.findElement(By.cssSelector(".doc-list")).getText();
        siege.get("documents").forEach(d -> assertTrue(listed.contains(d.asText()), "source listed: " + d));
        assertNotNull(pane.findElement(By.id("sources")), "attributed sources listed");
    }

    /** Moves the slider to `day` as a drag does (value, then an input event). */
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

    @Test
    void onADayOfTheSiegeAlBabIsRingedItsCutRoadDashedAndPlacesShadedByHolder() throws Exception {
        String day = "2017-02-10";
        JsonNode sieges = api("/api/sieges?on=" + day);
        JsonNode control = api("/api/control?on=" + day).get("places");
        assertTrue(sieges.toString().contains("Al-Bab"), "the server says Al-Bab is besieged on " + day + ": " + sieges);
        new Select(browser.findElement(By.id("filter-window"))).selectByValue("30");
        slideTo(day);
        wait.until(d -> d.findElements(By.cssSelector("path.siege-ring")).size() == withPoint(sieges) ? true : null);
        wait.until(d -> d.findElements(By.cssSelector("path.control-place")).size() == withPoint(control) ? true : null);
        if (sieges.toString().contains("\"closing_cut\":{")) {
            assertFalse(browser.findElements(By.cssSelector("path.siege-cut")).isEmpty(), "the cut road is drawn");
        }
        assertFalse(browser.findElements(By.cssSelector("#legend-sides li[data-side='Islamic State']")).isEmpty(),
                "the legend names the sides drawn: " + browser.findElement(By.id("legend-sides")).getText());

        // the picture a reader sees: the siege week, with the siege's evidence open
        WebElement siege = wait.until(d -> d.findElements(By.cssSelector(".event-marker[data-place='Al-Bab'][data-type='siege']"))
                .stream().findFirst().orElse(null));
        showEvidence(siege.getAttribute("data-id"));
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('.leaflet-tooltip').forEach(t => t.remove())");
        screenshot("map.png");
    }

    /** A test artifact for people: target/screenshots/NAME. */
    static void screenshot(String name) throws Exception {
        Path shot = Path.of("target", "screenshots", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void articleTextThatTriesToRunScriptIsShownAsText() throws Exception {
        JsonNode hostile = events().stream().filter(e -> e.get("documents").toString().contains(HOSTILE_DOC))
                .findFirst().orElse(null);
        assertNotNull(hostile, "the hostile document yields an event");
        WebElement pane = showEvidence(hostile.get("id").asText());
        String shown = pane.getText();
        assertTrue(shown.contains("<script>window.__pwned=1</script>"), "script tag shown literally: " + shown);
        assertTrue(shown.contains("onerror"), "onerror attribute shown literally");
        assertTrue(pane.findElements(By.cssSelector("script, img, b")).isEmpty(), "no markup from the article became elements");
        assertEquals("undefined", ((JavascriptExecutor) browser).executeScript("return typeof window.__pwned"));
        screenshot("hostile.png");
    }

    @Test
    void aLinkOpensTheSameDayAndEvent() throws Exception {
        String id = events().stream().filter(e -> "siege".equals(e.get("type").asText())).findFirst()
                .orElseThrow().get("id").asText();
        browser.get(base() + "/#day=2017-02-10&event=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        browser.navigate().refresh(); // a hash change alone does not reload the page
        wait.until(d -> id.equals(d.findElement(By.id("evidence")).getAttribute("data-loaded")) ? true : null);
        assertEquals("2017-02-10", browser.findElement(By.id("date")).getText());
        browser.findElement(By.cssSelector("#evidence .close")).click();
        assertFalse(browser.getCurrentUrl().contains("event="), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.cssSelector("#evidence .evidence-doc")).isEmpty(), "the pane is cleared");
    }

    /** Issue 12: the first view frames the events, not the whole world with the events in a corner. */
    @Test
    void theFirstViewFramesTheEvents() {
        browser.get(base() + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        new Select(browser.findElement(By.id("filter-window"))).selectByValue("all");
        browser.findElement(By.id("slider")).sendKeys(Keys.END);
        org.openqa.selenium.Rectangle map = browser.findElement(By.id("map")).getRect();
        List<org.openqa.selenium.Rectangle> markers = browser.findElements(By.cssSelector(".event-marker")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getRect).toList();
        assertTrue(markers.size() >= 5, "markers drawn: " + markers.size());
        long inside = markers.stream().filter(r -> r.x >= map.x && r.x <= map.x + map.width
                && r.y >= map.y && r.y <= map.y + map.height).count();
        assertTrue(inside >= markers.size() * 0.8, inside + " of " + markers.size() + " markers in view");
        int minX = markers.stream().mapToInt(r -> r.x).min().orElseThrow();
        int maxX = markers.stream().mapToInt(r -> r.x).max().orElseThrow();
        int minY = markers.stream().mapToInt(r -> r.y).min().orElseThrow();
        int maxY = markers.stream().mapToInt(r -> r.y).max().orElseThrow();
        assertTrue(maxX - minX >= map.width * 0.25 || maxY - minY >= map.height * 0.25,
                "the events fill the view, not a corner of it: " + (maxX - minX) + "x" + (maxY - minY) + " of "
                        + map.width + "x" + map.height);
    }

    /** Issue 12: a store of many wars has many sides; no two get the same colour. */
    @Test
    void everySideGetsItsOwnColour() {
        @SuppressWarnings("unchecked")
        List<String> colours = (List<String>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('./js/symbols.js').then((m) => done(['Syrian government side', 'Islamic State', 'Rebels',"
                        + " 'Ukrainian government side', 'Sudanese government side', 'Myanmar government side',"
                        + " 'Malian government side', 'Ethiopian government side', 'Somali government side', 'Russian side',"
                        + " 'Rapid Support Forces side', 'Taliban side', 'Houthi side', 'Colombian government side',"
                        + " 'Arakan Army side', 'al-Shabaab side', 'JNIM side', 'Tigrayan forces side', 'Contested', 'Other']"
                        + ".map((g) => m.sideColour(g))));");
        assertEquals(colours.size(), new java.util.HashSet<>(colours).size(), "distinct colours: " + colours);
    }

    /** Issue 12: the legend takes a small part of the map and folds away. */
    @Test
    void theLegendIsCompactAndFolds() {
        org.openqa.selenium.Rectangle map = browser.findElement(By.id("map")).getRect();
        WebElement legend = browser.findElement(By.id("legend"));
        org.openqa.selenium.Rectangle r = legend.getRect();
        double share = (double) r.width * r.height / ((double) map.width * map.height);
        assertTrue(share <= 0.15, "the legend covers " + Math.round(share * 100) + "% of the map");
        WebElement body = legend.findElement(By.cssSelector(".legend-body"));
        boolean open = body.isDisplayed();
        legend.findElement(By.tagName("summary")).click();
        assertNotEquals(open, body.isDisplayed(), "a click on Legend folds or unfolds it");
        legend.findElement(By.tagName("summary")).click();
        assertEquals(open, body.isDisplayed());
    }

    /** Issue 12: no outline is drawn as a stripe across the world where it crosses the antimeridian. */
    @Test
    void outlinesCrossingTheAntimeridianAreContinuous() {
        @SuppressWarnings("unchecked")
        List<Long> jumps = (List<Long>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const count = (gj) => { let n = 0; for (const f of gj.features) { const g = f.geometry;"
                        + " const ps = g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates];"
                        + " for (const p of ps) for (const ring of p) { let k = 0;"
                        + " for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) k++;"
                        + " if (k % 2 === 0) n += k; } } return n; };" // a ring round the pole (one jump) keeps its edge
                        + "Promise.all([import('./js/basemap.js'), fetch('vendor/ne/countries.geojson').then((r) => r.json())])"
                        + ".then(([m, gj]) => { const before = count(gj); done([before, count(m.unwrapAntimeridian(gj))]); });");
        assertTrue(jumps.get(0) > 0, "the data has outlines across the antimeridian (Russia, Fiji): " + jumps);
        assertEquals(0L, jumps.get(1), "none is drawn across the world");
    }
}
