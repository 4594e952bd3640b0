package org.lodestar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Browser;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A person in a real browser: signs in, opens the project list, filters it and opens a project. */
class BrowserIntegrationTests extends BrowserTestSupport {

    @Test
    void projectManagerSignsInFiltersTheProjectListAndOpensAProject() throws Exception {
        signIn("pm");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My projects");
        Browser.screenshot(browser, "home-pm");

        browser.findElement(By.linkText("Projects")).click();
        wait.until(ExpectedConditions.titleContains("Projects"));
        assertThat(rows()).isGreaterThanOrEqualTo(25);

        WebElement search = browser.findElement(By.id("filter-text"));
        search.sendKeys("relaunch");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#results .count"), "1 project"));
        assertThat(browser.getCurrentUrl()).contains("text=relaunch");
        Browser.screenshot(browser, "projects-filtered");

        browser.findElement(By.linkText("Customer portal relaunch")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("project-name")));
        assertThat(browser.findElement(By.id("project-name")).getText()).isEqualTo("Customer portal relaunch");
        assertThat(browser.findElement(By.cssSelector(".page-head .code")).getText()).isEqualTo("PRJ-0001");
        Browser.screenshot(browser, "project-detail");

        browser.findElement(By.id("history-tab")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
        assertThat(browser.findElement(By.id("history")).getText()).contains("Created");
    }

    @Test
    void aFormWithAMistakeShowsTheErrorBesideTheFieldAndKeepsTheRest() throws Exception {
        signIn("pm");
        browser.get("http://localhost:" + port + "/projects/2/edit");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
        name.clear();
        browser.findElement(By.id("businessUnit")).clear();
        browser.findElement(By.id("businessUnit")).sendKeys("Digital & Data");
        browser.findElement(By.id("save-project")).click();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name-error")));
        Browser.screenshot(browser, "project-form-error");
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.findElement(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("businessUnit")).getAttribute("value")).isEqualTo("Digital & Data");
    }

    @Test
    void theInterfaceSwitchesToJapaneseAndKeepsIt() throws Exception {
        signIn("pmo");
        browser.findElement(By.cssSelector(".languages a[lang=ja]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ja"));
        Browser.screenshot(browser, "home-pmo-ja");

        browser.get("http://localhost:" + port + "/projects");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("プロジェクト");
    }

    /**
     * Every page passes the automated WCAG 2.1 A and AA checks of axe-core (from the npm registry: .ci/run installs
     * it and names it in LODESTAR_AXE), in English and in Japanese.
     */
    @Test
    void pagesPassTheAutomatedAccessibilityChecks() throws Exception {
        String axe = Browser.axeScript();
        browser.get("data:text/html,<html><body><img src='missing.png'></body></html>");
        assertThat(Browser.accessibilityViolations(browser, axe)).as("axe finds the faults of a faulty page")
                .anyMatch(violation -> violation.startsWith("image-alt")).anyMatch(violation -> violation.startsWith("html-has-lang"));

        browser.get("http://localhost:" + port + "/login");
        List<String> problems = new ArrayList<>(Browser.accessibilityViolations(browser, axe));
        signIn("admin");
        for (String page : List.of("/", "/projects", "/projects/1", "/projects/1?tab=team", "/projects/1?tab=history",
                "/projects/1/edit", "/projects/new", "/portfolios", "/portfolios/1", "/programmes/1", "/account",
                "/admin/users", "/admin/users/1", "/admin/custom-fields", "/admin/audit", "/projects?lang=ja",
                "/status", "/status?lang=ja", "/status/cycles", "/status/cycles/new", "/projects/2/status",
                "/status/reports/1", "/status/reports/" + draftReport(), "/status/pack", "/notifications",
                "/requests", "/requests/queues", "/requests/1", "/requests/1/edit", "/requests/1/financials", "/requests/new?typeId=1", "/request-types", "/request-types/1", "/scoring", "/scoring/1", "/scoring/1/ahp", "/scoring/1/requests/1", "/scoring/1/edit", "/scenarios", "/scenarios/1", "/scenarios/1/edit", "/scenarios/1/frontier", "/scenarios/compare?ids=1&ids=2")) {
            browser.get("http://localhost:" + port + page);
            Browser.accessibilityViolations(browser, axe).forEach(violation -> problems.add(page + ": " + violation));
            Browser.screenshot(browser, "page" + page.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        assertThat(problems).isEmpty();
    }

    /** The demo's draft status report of this week on one of pm's projects: an editable form. */
    private long draftReport() {
        org.lodestar.support.Api pm = org.lodestar.support.Api.as(port, "pm");
        for (tools.jackson.databind.JsonNode project : pm.get("/api/v1/projects?mine=true&state=ACTIVE").json().get("items")) {
            for (tools.jackson.databind.JsonNode report : pm.get("/api/v1/projects/" + project.get("id").asLong()
                    + "/status-reports").json()) {
                if (report.get("state").asString().equals("DRAFT")) return report.get("id").asLong();
            }
        }
        throw new AssertionError("the demo has no draft report of pm's");
    }

    private int rows() {
        return browser.findElements(By.cssSelector("#results tbody tr")).size();
    }
}
