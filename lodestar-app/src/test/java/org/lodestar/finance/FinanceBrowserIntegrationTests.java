package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.Browser;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser: an executive opens a project's Finance tab and reads its earned value, earned schedule and
 * S-curve, then the roll-up of its portfolio, sorted by CPI with a click, with the portfolio's line (earned
 * schedule on the summed curve) and the portfolio's S-curve. The fixture is the earned-value tests':
 * CPI 0.75 and SPI 0.5 for the euro project, CPI 1.5 for the second one.
 */
class FinanceBrowserIntegrationTests extends BrowserTestSupport {

    @Test
    void theFinancePageAndThePortfolioRollUpShowEarnedValueEarnedScheduleAndTheSCurve() throws Exception {
        Api pmo = Api.as(port, "pmo");
        long portfolio = EarnedValueIntegrationTests.portfolio(pmo);
        long behind = EarnedValueIntegrationTests.plannedProject(pmo, portfolio, "EUR", "30000", "20000");
        long ahead = EarnedValueIntegrationTests.plannedProject(pmo, portfolio, "EUR", "30000", "10000");

        signIn("exec");
        browser.get(url("/projects/" + behind));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("finance-tab"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evm-metrics")));
        assertThat(browser.findElement(By.cssSelector("#evm-metrics tr[data-metric='cpi'] td")).getText())
                .isEqualTo("0.75");
        assertThat(browser.findElement(By.cssSelector("#evm-metrics tr[data-metric='ev'] td")).getText())
                .isEqualTo("15,000");
        assertThat(browser.findElement(By.cssSelector("#earned-schedule tr[data-metric='spit'] td")).getText())
                .matches("0\\.\\d\\d");
        assertThat(browser.findElement(By.cssSelector("#earned-schedule tr[data-metric='es'] td")).getText())
                .matches("\\d\\.\\d");
        WebElement pv = browser.findElement(By.id("curve-pv"));
        assertThat(pv.getAttribute("points").split(" ")).as("a point per month").hasSizeGreaterThan(2);
        assertThat(browser.findElement(By.id("curve-ac")).getAttribute("points")).isNotBlank();
        assertThat(browser.findElement(By.id("curve-eac")).getAttribute("points")).isNotBlank();
        assertThat(browser.findElement(By.id("point-ev")).isDisplayed()).isTrue();
        assertThat(pv.getRect().getWidth()).as("the curve is drawn").isGreaterThan(100);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('s-curve').scrollIntoView()");
        Browser.screenshot(browser, "finance-project");

        browser.findElement(By.cssSelector("nav.mainnav a[href=\"/finance/earned-value\"]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("portfolioId")));
        new Select(browser.findElement(By.id("portfolioId"))).selectByValue(Long.toString(portfolio));
        browser.findElement(By.id("finance-show")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evm-rollup tr[data-project]")));
        browser.findElement(By.cssSelector("#evm-rollup th[data-column='cpi'] a")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#evm-rollup th[data-column='cpi']"),
                "aria-sort", "ascending"));
        List<String> order = browser.findElements(By.cssSelector("#evm-rollup tbody tr[data-project]")).stream()
                .map(row -> row.getAttribute("data-project")).toList();
        assertThat(order).containsExactly(Long.toString(behind), Long.toString(ahead));
        browser.findElement(By.cssSelector("#evm-rollup th[data-column='cpi'] a")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#evm-rollup th[data-column='cpi']"),
                "aria-sort", "descending"));
        assertThat(browser.findElements(By.cssSelector("#evm-rollup tbody tr[data-project]")).get(0)
                .getAttribute("data-project")).isEqualTo(Long.toString(ahead));
        assertThat(browser.findElement(By.id("evm-total")).getText()).contains("60,000", "EUR");
        // the portfolio's line with its earned schedule (read off the summed curve) and the portfolio's S-curve
        WebElement line = browser.findElement(By.cssSelector("#evm-groups tr[data-portfolio='" + portfolio + "']"));
        List<WebElement> cells = line.findElements(By.cssSelector("td"));
        int es = 12; // the projects, then BAC to TCPI (eleven columns), then ES
        assertThat(cells.get(0).getText()).as("its projects").isEqualTo("2");
        assertThat(cells.get(1).getText()).as("BAC").isEqualTo("60,000");
        assertThat(cells.get(es).getText()).as("ES").matches("\\d\\.\\d");
        assertThat(browser.findElement(By.cssSelector("#evm-groups tr[data-programme='none']")).getText())
                .contains("60,000");
        WebElement curve = browser.findElement(By.cssSelector("#s-curve #curve-pv"));
        assertThat(curve.getAttribute("points").split(" ")).as("a point per month").hasSizeGreaterThan(2);
        assertThat(browser.findElement(By.cssSelector("#s-curve #curve-ac")).getAttribute("points")).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("#s-curve #curve-eac")).getAttribute("points")).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("#s-curve #point-ev")).isDisplayed()).isTrue();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('evm-groups').scrollIntoView()");
        Browser.screenshot(browser, "finance-rollup");
        assertThat(browser.findElement(By.cssSelector("#evm-rollup thead")).getText()).contains("SPI(T)", "ES");
    }
}
