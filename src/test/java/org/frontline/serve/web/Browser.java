package org.frontline.serve.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium under Selenium, or a skipped test saying what to install. Uses the
 * system's browser and driver only: nothing is downloaded (Selenium Manager is never asked).
 */
final class Browser {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start(Path profileDir) throws IOException {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "skipped: browser tests need Debian's chromium and chromedriver (apt-get install -y chromium chromium-driver)");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,900", "--user-data-dir=" + Files.createDirectories(profileDir).toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // the page's console, for tests
        return new ChromeDriver(service, options);
    }
}
