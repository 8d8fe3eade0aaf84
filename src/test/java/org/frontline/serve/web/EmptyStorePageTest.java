package org.frontline.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.frontline.Frontline;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page on a server with nothing stored (needs no corpus): it says what to do instead of
 * failing, and its evidence matcher (highlight.js) works on hand-made cases, run in the browser.
 */
class EmptyStorePageTest {
    @TempDir
    static Path tmp;
    static EventStore store;
    static ApiServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start(tmp.resolve("chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        store = EventStore.open(tmp.resolve("empty.db").toString());
        server = ApiServer.start(store, Frontline.standard(), ApiServer.Options.localhost(0, null));
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

    @BeforeEach
    void open() {
        browser.get("http://127.0.0.1:" + server.port() + "/");
    }

    @Test
    void anEmptyStoreIsExplainedNotAnError() {
        String status = wait.until(d -> {
            String s = d.findElement(By.id("status")).getText();
            return s.startsWith("Loading") ? null : s;
        });
        assertTrue(status.contains("No events are stored yet"), status);
        assertTrue(browser.findElements(By.cssSelector(".event-marker[data-id]")).isEmpty());
        assertTrue(!browser.findElement(By.id("play")).isEnabled(), "nothing to play");
    }

    @Test
    void evidenceIsFoundWhateverTheWhitespaceQuotesAndSentenceGaps() {
        // highlight.js in the page itself: [ranges, missing] per case, as JSON
        Object result = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import(location.origin + '/js/highlight.js').then((h) => done(JSON.stringify([
                  h.findEvidence('He  said:\\n\u2018the town fell\u2019. Then', ["said: 'the town fell'."]),
                  h.findEvidence('One two three. Other words. Four five six.', ['One two three. Four five six.']),
                  h.findEvidence('abc def ghi', ['abc def', 'def ghi', 'not there']),
                  h.segments('abcdef', [[1, 3]]),
                ])), (e) => done('error: ' + e));
                """);
        assertEquals("[{\"ranges\":[[4,26]],\"missing\":[]},"
                + "{\"ranges\":[[0,14],[28,42]],\"missing\":[]},"
                + "{\"ranges\":[[0,11]],\"missing\":[\"not there\"]},"
                + "[{\"text\":\"a\",\"hit\":false},{\"text\":\"bc\",\"hit\":true},{\"text\":\"def\",\"hit\":false}]]",
                result);
    }
}
