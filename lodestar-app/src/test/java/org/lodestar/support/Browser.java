package org.lodestar.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
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

    /**
     * The axe-core script named by {@code LODESTAR_AXE}; without it the calling test is skipped, unless
     * {@code LODESTAR_REQUIRE_BROWSER=1}, which makes a missing script a failure.
     */
    public static String axeScript() throws IOException {
        String path = System.getenv("LODESTAR_AXE");
        if (path == null || !Files.isReadable(Path.of(path))) {
            String missing = "axe-core is not installed (LODESTAR_AXE names its axe.min.js; .ci/run installs it)";
            if ("1".equals(System.getenv("LODESTAR_REQUIRE_BROWSER"))) throw new IllegalStateException(missing);
            Assumptions.abort(missing);
        }
        return Files.readString(Path.of(path));
    }

    /** The WCAG 2.1 A and AA rules the current page breaks, one line per rule and element, as axe-core reports them. */
    public static List<String> accessibilityViolations(WebDriver driver, String axeScript) {
        JavascriptExecutor javascript = (JavascriptExecutor) driver;
        javascript.executeScript(axeScript);
        Object report = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(result => done(result.violations.flatMap(v => v.nodes.map(n =>
                        v.id + ' (' + v.impact + '): ' + n.target.join(' ') + ' - ' + n.failureSummary.replace(/\\s+/g, ' ')))))
                   .catch(error => done(['axe failed: ' + error]));
                """);
        if (!(report instanceof List<?> list)) throw new IllegalStateException("axe gave no report: " + report);
        List<String> violations = new ArrayList<>();
        list.forEach(item -> violations.add(String.valueOf(item)));
        return violations;
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
