package org.lodestar.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** In a real browser: a PM raises a risk, scores it and sees it on the project and the portfolio matrices. */
class RaidBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    People people;

    @Test
    void aPmRaisesARiskScoresItAndSeesItOnTheProjectAndPortfolioMatrices() {
        Api pmo = Api.as(port, "pmo");
        long portfolio = pmo.post("/api/v1/portfolios", "{\"code\": \"RBR\", \"name\": \"Risks in a browser\"}")
                .json().get("id").asLong();
        long pm = people.all().stream().filter(p -> p.username().equals("pm")).findFirst().orElseThrow().id().value();
        var command = ProjectFixtures.newProject("Browser risks", portfolio);
        command.put("managerId", pm);
        long project = pmo.post("/api/v1/projects", json(command)).json().get("id").asLong();

        signIn("pm");
        browser.get(url("/projects/" + project));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("risks-tab"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("raise-risk")));
        browser.findElement(By.id("title")).sendKeys("Vendor goes out of business");
        browser.findElement(By.id("category")).sendKeys("Supply");
        browser.findElement(By.id("probability")).sendKeys("2");
        browser.findElement(By.id("impact")).sendKeys("5");
        new Select(browser.findElement(By.id("strategy"))).selectByValue("TRANSFER");
        browser.findElement(By.id("raise-risk-submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#risk-register tr[data-risk]")));
        assertThat(browser.findElement(By.id("risk-register")).getText())
                .containsIgnoringCase("Vendor goes out of business");
        assertThat(browser.findElement(By.cssSelector("#project-risk-matrix td[data-cell='2x5']")).getText())
                .isEqualTo("1");

        // scored again: probability 4 of 5
        String risk = browser.findElement(By.cssSelector("#risk-register tr[data-risk]")).getAttribute("data-risk");
        new Select(browser.findElement(By.id("p-" + risk))).selectByValue("4");
        browser.findElement(By.cssSelector("#risk-register tr[data-risk] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(
                By.cssSelector("#project-risk-matrix td[data-cell='4x5']"), "1"));
        assertThat(browser.findElement(By.cssSelector("#project-risk-matrix td[data-cell='2x5']")).getText())
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector("#project-risk-matrix td[data-cell='4x5']"))
                .getAttribute("class")).isEqualTo("band-high");

        browser.get(url("/portfolios/" + portfolio));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("portfolio-risks"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("portfolio-risk-matrix")));
        assertThat(browser.findElement(By.cssSelector("#portfolio-risk-matrix td[data-cell='4x5']")).getText())
                .isEqualTo("1");
        assertThat(browser.findElement(By.id("top-risks")).getText())
                .containsIgnoringCase("Vendor goes out of business").contains("20");
    }
}
