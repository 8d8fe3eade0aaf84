package org.frontline.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * /api/stream delivers new events to a connected page: the page is open on an empty store, another
 * writer (as `frontline watch` is: its own connection to the store) stores a report, and its events
 * appear on the map and in the counter without a reload. The server's idle timeout is shorter than
 * the wait, so the stream also proves that heartbeats keep it open.
 */
class LiveStreamPageTest {
    @TempDir
    Path tmp;

    @Test
    void aNewEventReachesTheOpenPage() throws Exception {
        System.setProperty("frontline.streamPollMillis", "200");
        System.setProperty("frontline.streamHeartbeatMillis", "500");
        ChromeDriver browser = Browser.start(tmp.resolve("chromium-profile"));
        String db = tmp.resolve("live.db").toString();
        try (EventStore store = EventStore.openPooled(db, 2);
             ApiServer server = ApiServer.start(store, Frontline.standard(1), ApiServer.Options.localhost(0, null)
                     .with(new ApiServer.Limits(Duration.ofSeconds(2), 2_048, 50, 100)))) {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get("http://127.0.0.1:" + server.port() + "/");
            wait.until(d -> "open".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
            assertEquals("0", browser.findElement(By.id("live-count")).getAttribute("data-count"));
            // longer than the server's idle timeout (2 s): only the heartbeats keep the stream open
            Thread.sleep(3_000);

            Path report = Files.writeString(tmp.resolve("live-report.txt"), "Rebels seize Azaz in dawn assault\n\n"
                    + "ALEPPO, March 3, 2024 - Rebel fighters captured the town of Azaz on Sunday after a dawn assault on "
                    + "government positions, the Syrian Observatory for Human Rights said.\n\n"
                    + "Air strikes hit the market in Saraqib on Saturday, killing seven civilians, a rescue group said.\n");
            try (EventStore writer = EventStore.open(db);
                 Stream<Frontline.Extracted> docs = Frontline.standard(1).extractWithArticles(List.of(report))) {
                Ingestion ingestion = new Ingestion(writer, new EventClusterer());
                docs.forEach(ingestion::ingest);
            }
            List<StoredEvent> stored;
            try (EventStore reader = EventStore.open(db)) {
                stored = reader.events(EventQuery.all());
            }
            assertFalse(stored.isEmpty(), "the report has events");
            try {
                wait.until(d -> Integer.parseInt(d.findElement(By.id("live-count")).getAttribute("data-count")) >= stored.size());
            } catch (org.openqa.selenium.TimeoutException e) {
                System.out.println("DEBUG " + ((JavascriptExecutor) browser).executeScript(
                        "return JSON.stringify([document.body.dataset, document.getElementById('live-count').textContent, document.getElementById('status').textContent])"));
                browser.manage().logs().get("browser").forEach(l -> System.out.println("CONSOLE " + l));
                throw e;
            }
            for (StoredEvent e : stored) {
                if (e.event().place() != null && e.event().place().lat() != null && e.event().date() != null) {
                    try {
                        wait.until(d -> !d.findElements(By.cssSelector(".event-marker[data-id='" + e.id() + "']")).isEmpty());
                    } catch (org.openqa.selenium.TimeoutException t) {
                        System.out.println("DEBUG " + e.id() + " " + ((JavascriptExecutor) browser).executeScript(
                                "return JSON.stringify([document.body.dataset, document.getElementById('live-count').textContent, document.getElementById('status').textContent, document.getElementById('date').textContent, [...document.querySelectorAll('.event-marker')].map(m => m.dataset.id)])"));
                        browser.manage().logs().get("browser").forEach(l -> System.out.println("CONSOLE " + l));
                        throw t;
                    }
                }
            }
            assertEquals(String.valueOf(stored.size()), browser.findElement(By.id("live-count")).getAttribute("data-count"),
                    "each new event once");
            assertTrue(browser.findElement(By.id("live-count")).getText().startsWith(stored.size() + " new"));
            Object navigations = ((JavascriptExecutor) browser).executeScript("return performance.getEntriesByType('navigation').length");
            assertEquals(1L, navigations, "no reload");
            System.out.println("live: " + stored.size() + " events reached the open page");
        } finally {
            browser.quit();
            System.clearProperty("frontline.streamPollMillis");
            System.clearProperty("frontline.streamHeartbeatMillis");
        }
    }
}
