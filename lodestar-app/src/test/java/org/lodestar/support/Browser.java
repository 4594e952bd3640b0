package org.lodestar.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, both given by path so that Selenium never downloads
 * anything. Without them the browser tests are skipped, unless {@code LODESTAR_REQUIRE_BROWSER=1} (set by CI),
 * which turns a missing browser into a failure.
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start() throws IOException {
        File driver = new File(env("LODESTAR_CHROMEDRIVER", "/usr/bin/chromedriver"));
        File chromium = new File(env("LODESTAR_CHROMIUM", "/usr/bin/chromium"));
        if (!driver.canExecute() || !chromium.canExecute()) {
            String missing = "Chromium (" + chromium + ") or chromedriver (" + driver + ") is not installed";
            if ("1".equals(System.getenv("LODESTAR_REQUIRE_BROWSER"))) throw new IllegalStateException(missing);
            Assumptions.abort(missing + "; set LODESTAR_REQUIRE_BROWSER=1 to make this a failure");
        }
        Path profile = Files.createTempDirectory("lodestar-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=en-GB", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** Saves a screenshot under target/screenshots, for people reviewing the build. */
    public static void screenshot(WebDriver driver, String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(folder.resolve(name + ".png"), png);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
