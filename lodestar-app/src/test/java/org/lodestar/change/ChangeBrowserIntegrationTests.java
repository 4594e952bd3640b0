package org.lodestar.change;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: a PM raises a change request above the thresholds, it awaits the steering committee, the
 * portfolio's manager approves it from the committee's list and the project's baseline moves.
 */
class ChangeBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    People people;

    @Test
    void aChangeAboveTheThresholdAwaitsTheSteeringCommitteeWhoseApprovalMovesTheBaseline() {
        long project = ChangeFixtures.project(port, people, "Browser change", true);
        assertThat(Api.as(port, "pm").put("/api/v1/projects/" + project + "/baselines/0",
                "{\"name\": \"Original plan\"}").status()).isEqualTo(200);

        signIn("pm");
        browser.get(url("/projects/" + project));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("changes-tab"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("raise-change")));
        browser.findElement(By.id("title")).sendKeys("Interface to the regulator");
        type("costAmount", "90000");
        type("scheduleDays", "30");
        browser.findElement(By.id("reason")).sendKeys("New regulation");
        browser.findElement(By.id("raise-change-submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#change-log tr[data-change] .submit-change")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#change-log tr[data-change] .change-state"), "Submitted"));
        assertThat(browser.findElement(By.id("change-log")).getText()).contains("The steering committee");
        assertThat(browser.findElements(By.cssSelector("#change-log .approve-change"))).isEmpty();

        signIn("portfolio");
        browser.get(url("/change-requests/awaiting"));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//table[@id='awaiting-steering-committee']//tr[contains(., 'Interface to the regulator')]")));
        row.findElement(By.cssSelector("input[name=rationale]")).sendKeys("Required by law");
        row.findElement(By.cssSelector("input.rebaseline")).click();
        row.findElement(By.cssSelector("button.approve-change")).click();
        wait.until(ExpectedConditions.urlContains("/change-requests/awaiting"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("awaiting-steering-committee")));
        assertThat(browser.findElement(By.id("awaiting-steering-committee")).getText())
                .doesNotContain("Interface to the regulator");

        browser.get(url("/projects/" + project + "/changes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#change-log tr[data-change] .change-baseline"), "Baseline 1"));
        browser.get(url("/projects/" + project + "/baselines"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Interface to the regulator"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Original plan");
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
