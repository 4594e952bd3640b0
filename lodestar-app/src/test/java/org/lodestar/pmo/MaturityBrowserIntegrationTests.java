package org.lodestar.pmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.Browser;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * In a real browser: an executive opens the PMO's maturity from the navigation and reads the demo's latest PMO
 * assessment, its radar drawn beside the previous year's, in English, French, Japanese and Korean.
 */
class MaturityBrowserIntegrationTests extends BrowserTestSupport {

    private static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("Maturity by domain", "Management control", "Improvement plan"),
            "fr", List.of("Maturité par domaine", "Pilotage", "Plan d'amélioration"),
            "ja", List.of("領域ごとの成熟度", "マネジメント管理", "改善計画"),
            "ko", List.of("영역별 성숙도", "관리 통제", "개선 계획"));

    @Test
    void theMaturityRadarAndItsHistoryReadInTheFourLanguages() throws Exception {
        long latest = latestPmoAssessment();

        signIn("exec");
        browser.get(url("/"));
        browser.findElement(By.cssSelector("nav.mainnav a[href=\"/pmo/maturity\"]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("maturity-assessments")));
        assertThat(browser.findElements(By.id("maturity-start"))).as("an executive reads, the PMO assesses").isEmpty();
        browser.findElement(By.cssSelector("#maturity-assessments tr[data-assessment='" + latest + "'] a")).click();

        for (String language : List.of("en", "fr", "ja", "ko")) {
            browser.get(url("/pmo/maturity/" + latest + "?lang=" + language));
            WebElement current = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("maturity-radar-current")));
            assertThat(current.getAttribute("points").split(" ")).as("a point per domain").hasSize(7);
            assertThat(current.getRect().getWidth()).as("the polygon is drawn").isGreaterThan(50);
            assertThat(browser.findElement(By.id("maturity-radar-previous")).getAttribute("points").split(" "))
                    .as("last year's assessment beside it").hasSize(7);
            assertThat(browser.findElements(By.cssSelector("#maturity-radar text"))).hasSize(7);
            String page = browser.findElement(By.tagName("body")).getText();
            assertThat(page).as(language).contains(WORDS.get(language)).doesNotContain("??");
            assertThat(browser.findElement(By.id("maturity-previous")).getText()).as(language).isNotBlank();
            assertThat(browser.findElements(By.cssSelector("#maturity-answers select[disabled]")))
                    .as("a completed assessment is read, not answered").hasSize(21);
            Browser.screenshot(browser, "maturity-" + language);
        }
    }

    /** The demo's latest completed assessment of the PMO, which has a previous one. */
    private long latestPmoAssessment() {
        Api pmo = Api.as(port, "pmo");
        for (JsonNode summary : pmo.get("/api/v1/pmo/maturity/assessments").json()) {
            if (!summary.get("subject").asString().equals("PMO") || !summary.get("state").asString().equals("COMPLETED")) continue;
            JsonNode view = pmo.get("/api/v1/pmo/maturity/assessments/" + summary.get("id").asLong()).json();
            if (!view.get("previousId").isNull()) return view.get("id").asLong();
        }
        throw new AssertionError("the demo has no PMO assessment with a previous one");
    }
}
