package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.Browser;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * In a real browser: a requester files and submits a request and follows its status; the PMO screens, scores,
 * approves and converts it into a project; the request's history has every step.
 */
class IntakeBrowserIntegrationTests extends BrowserTestSupport {

    @Test
    void aRequesterSubmitsAndThePmoScreensScoresApprovesAndConvertsIt() throws Exception {
        signIn("requester");
        browser.findElement(By.linkText("Requests")).click();
        wait.until(ExpectedConditions.titleContains("My requests"));
        browser.findElement(By.id("new-NEW_PROJECT")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).sendKeys("Store pickup lockers");
        new Select(browser.findElement(By.id("portfolioId"))).selectByIndex(1);
        browser.findElement(By.id("v-problem")).sendKeys("Customers queue at the counter.");
        browser.findElement(By.id("v-outcome")).sendKeys("Pickup in under a minute.");
        new Select(browser.findElement(By.id("v-urgency"))).selectByVisibleText("High");
        Browser.screenshot(browser, "request-form");
        browser.findElement(By.id("save-request")).click();

        // a business case, uploaded from the request page (a multipart form, with its CSRF token)
        Path pdf = Files.createTempFile("business-case", ".pdf");
        Files.writeString(pdf, "%PDF-1.4 lockers business case");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-businessCase"))).sendKeys(pdf.toString());
        browser.findElement(By.cssSelector("#attachments form[enctype] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), pdf.getFileName().toString()));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("act-submit"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("request-state"), "Submitted"));
        String requestUrl = browser.getCurrentUrl();
        long id = Long.parseLong(requestUrl.replaceAll(".*/requests/(\\d+).*", "$1"));
        browser.findElement(By.linkText("My requests")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-requests")));
        assertThat(browser.findElement(By.id("my-requests")).getText()).contains("Store pickup lockers").contains("Submitted");
        Browser.screenshot(browser, "my-requests");

        signIn("pmo");
        browser.get(requestUrl);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("act-screen"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("act-evaluate"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("request-state"), "In evaluation"));

        browser.findElement(By.id("score-1")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scorecard-form")));
        new Select(browser.findElement(By.id("entry-0"))).selectByValue("5");
        new Select(browser.findElement(By.id("entry-1"))).selectByValue("4");
        new Select(browser.findElement(By.id("entry-2"))).selectByValue("2");
        browser.findElement(By.id("save-scorecard")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ranking")));
        assertThat(browser.findElement(By.id("ranking")).getText()).contains("Store pickup lockers");

        browser.get(requestUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-reason"))).sendKeys("Cheap and loved by customers.");
        browser.findElement(By.id("act-approve")).click();
        wait.until(ExpectedConditions.textToBe(By.id("request-state"), "Approved"));
        Browser.screenshot(browser, "request-approved");
        browser.findElement(By.id("act-convert")).click();
        wait.until(ExpectedConditions.textToBe(By.id("request-state"), "Converted into a project"));
        browser.findElement(By.id("converted-project")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("project-name")));
        assertThat(browser.findElement(By.id("project-name")).getText()).isEqualTo("Store pickup lockers");

        browser.get(requestUrl + "?tab=history");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
        Browser.screenshot(browser, "request-history");
        List<String> states = new ArrayList<>();
        for (JsonNode event : Api.as(port, "pmo").get("/api/v1/requests/" + id + "/audit").json()) {
            event.get("changes").forEach(change -> {
                if (change.get("field").asString().equals("requestState")) states.add(0, change.get("newValue").asString());
            });
        }
        assertThat(states).containsExactly("DRAFT", "SUBMITTED", "SCREENING", "EVALUATION", "APPROVED", "CONVERTED");
    }

}
