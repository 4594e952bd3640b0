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
 * In a real browser: an executive opens the PMO's pages from the navigation, reads the KPI dashboard (a card per
 * KPI with its trend) and a KPI's month-by-month history and drill-down, then the demo's latest PMO maturity
 * assessment, its radar drawn beside the previous year's, in English, French, Japanese and Korean.
 */
class MaturityBrowserIntegrationTests extends BrowserTestSupport {

    private static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("Maturity by domain", "Management control", "Improvement plan"),
            "fr", List.of("Maturité par domaine", "Pilotage", "Plan d'amélioration"),
            "ja", List.of("領域ごとの成熟度", "マネジメント管理", "改善計画"),
            "ko", List.of("영역별 성숙도", "관리 통제", "개선 계획"));

    private static final Map<String, List<String>> KPI_WORDS = Map.of(
            "en", List.of("Performance measures", "Report punctuality", "On-time delivery", "Resource utilisation"),
            "fr", List.of("Indicateurs de performance", "Ponctualité des rapports", "Livraison dans les délais"),
            "ja", List.of("パフォーマンス指標", "報告の期限遵守率", "納期遵守率"),
            "ko", List.of("성과 지표", "보고 기한 준수율", "납기 준수율"));

    @Test
    void theKpiDashboardItsTrendsAndDrillDownReadInTheFourLanguages() throws Exception {
        signIn("exec");
        browser.get(url("/"));
        browser.findElement(By.cssSelector("nav.mainnav a[href=\"/pmo/kpis\"]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi-cards")));
        assertThat(browser.findElements(By.id("kpi-define"))).as("an executive reads, the PMO defines").isEmpty();
        for (String language : List.of("en", "fr", "ja", "ko")) {
            browser.get(url("/pmo/kpis?lang=" + language));
            List<WebElement> cards = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".kpi-card")));
            assertThat(cards).as("the ten shipped KPIs").hasSizeGreaterThanOrEqualTo(10);
            WebElement punctuality = browser.findElement(By.cssSelector(".kpi-card[data-kpi='report-punctuality']"));
            assertThat(punctuality.findElement(By.cssSelector("polyline.kpi-line")).getAttribute("points").split(" ").length)
                    .as("months of history on its trend").isGreaterThan(6);
            assertThat(punctuality.findElement(By.cssSelector(".kpi-latest")).getText()).isNotEqualTo("–");
            String page = browser.findElement(By.tagName("body")).getText();
            assertThat(page).as(language).contains(KPI_WORDS.get(language)).doesNotContain("??");
            Browser.screenshot(browser, "kpis-" + language);

            punctuality.findElement(By.cssSelector("h2 a")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi-trend")));
            assertThat(browser.findElements(By.cssSelector("#kpi-trend circle.kpi-dot"))).hasSizeGreaterThan(6);
            assertThat(browser.findElements(By.cssSelector("#kpi-history tbody tr"))).as("19 months computed by the demo")
                    .hasSizeGreaterThanOrEqualTo(19);
            String lastMonth = java.time.YearMonth.now().minusMonths(1).toString();
            browser.findElement(By.cssSelector("#kpi-history tr[data-month='" + lastMonth + "'] a")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#kpi-drill h2"), lastMonth));
            assertThat(browser.findElements(By.cssSelector("#kpi-drill [data-measure='report_due'] tbody tr")))
                    .as("the reports behind last month's value").isNotEmpty();
            assertThat(browser.findElement(By.tagName("body")).getText()).as(language).doesNotContain("??");
        }
    }

    @Test
    void theMaturityRadarAndItsHistoryReadInTheFourLanguages() throws Exception {
        long latest = latestPmoAssessment();

        signIn("exec");
        browser.get(url("/"));
        browser.findElement(By.cssSelector("nav.mainnav a[href=\"/pmo/kpis\"]")).click();
        browser.findElement(By.cssSelector("nav.tabs a[href=\"/pmo/maturity\"]")).click();
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
