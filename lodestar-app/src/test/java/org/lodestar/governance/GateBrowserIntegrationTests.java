package org.lodestar.governance;

import static org.assertj.core.api.Assertions.assertThat;

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
 * In a real browser: the project manager (reading French) requests the gate and answers its checklist, the board
 * (a portfolio manager reading Japanese) holds it and the project stays where it is; asked again, the board decides
 * Go and the project moves to its next phase. Each step is in the audit trail under the person who took it.
 */
class GateBrowserIntegrationTests extends BrowserTestSupport {

    @Test
    void aPmRequestsTheGateTheBoardHoldsThenDecidesGoAndTheProjectMovesOn() throws Exception {
        long project = GovernanceFixtures.project(port, "Browser gate", "INITIATION");
        JsonNode adopted = GovernanceFixtures.adopt(port, project, "SMALL", 1, 1, 1, 1);
        Api pm = Api.as(port, "pm");
        String deliverables = "/api/v1/projects/" + project + "/governance/deliverables";
        long version = pm.post(deliverables, "{\"key\": \"projectBrief\", \"act\": \"WORK\", \"version\": "
                + adopted.get("version").asLong() + "}").json().get("version").asLong();
        version = pm.post(deliverables, "{\"key\": \"projectBrief\", \"act\": \"SUBMIT\", \"version\": " + version
                + "}").json().get("version").asLong();
        assertThat(Api.as(port, "portfolio").post(deliverables, "{\"key\": \"projectBrief\", \"act\": \"APPROVE\", "
                + "\"version\": " + version + "}").status()).isEqualTo(200);
        String page = "/projects/" + project + "/governance";

        requestAndAnswer(page);
        decide(page, "HOLD", "Le commanditaire revient la semaine prochaine");
        assertThat(browser.findElement(By.cssSelector("#reviews td.decision")).getText()).isEqualTo("保留");
        assertThat(browser.findElement(By.id("current-phase")).getText()).isEqualTo("開始");
        assertThat(pm.get("/api/v1/projects/" + project).json().get("phase").asString()).isEqualTo("INITIATION");

        requestAndAnswer(page);
        decide(page, "GO", "Le commanditaire a confirmé");
        Browser.screenshot(browser, "gate-go");

        assertThat(browser.findElement(By.id("current-phase")).getText()).isEqualTo("実施");
        assertThat(browser.findElement(By.id("current-gate")).getText()).contains("S2");
        assertThat(pm.get("/api/v1/projects/" + project).json().get("phase").asString()).isEqualTo("EXECUTION");
        List<String> steps = new ArrayList<>();
        for (JsonNode review : pm.get("/api/v1/projects/" + project + "/governance").json().get("reviews")) {
            Api.as(port, "pmo").get("/api/v1/audit?entityType=gateReview&entityId=" + review.get("id").asLong())
                    .json().get("items").forEach(entry -> steps.add(entry.get("actor").asString() + " "
                            + entry.get("action").asString()));
        }
        assertThat(steps).containsExactlyInAnyOrder("pm CREATE", "pm UPDATE", "portfolio UPDATE",
                "pm CREATE", "pm UPDATE", "portfolio UPDATE");
    }

    /**
     * The methodology and governance pages pass the automated WCAG 2.1 A and AA checks of axe-core, in English and
     * Japanese: a lifecycle, a project on none (with the form that puts it on one), and a project with an open review,
     * deliverables, an action, stakeholders and a communication plan, as the board sees them.
     */
    @Test
    void theMethodologyAndGovernancePagesPassTheAutomatedAccessibilityChecks() throws Exception {
        String axe = Browser.axeScript();
        long bare = GovernanceFixtures.project(port, "Accessible bare", "INITIATION");
        long project = GovernanceFixtures.project(port, "Accessible gate", "INITIATION");
        JsonNode adopted = GovernanceFixtures.adopt(port, project, "WATERFALL", 2, 2, 2, 2);
        Api pm = Api.as(port, "pm");
        String governance = "/api/v1/projects/" + project + "/governance";
        pm.post(governance + "/deliverables", "{\"key\": \"charter\", \"act\": \"WORK\", \"link\": "
                + "\"https://docs.example.com/charter\", \"version\": " + adopted.get("version").asLong() + "}");
        pm.post(governance + "/gate-reviews", "{}");
        pm.post("/api/v1/projects/" + project + "/stakeholders", """
                {"name": "Works council", "interest": "HIGH", "influence": "MEDIUM", "engagement": "RESISTANT"}""");
        pm.post("/api/v1/projects/" + project + "/communications", """
                {"audience": "Key users", "content": "Release notes", "channel": "EMAIL", "frequency": "MONTHLY",
                 "firstDue": "2026-01-05"}""");
        long lifecycle = GovernanceFixtures.lifecycle(port, "AGILE");

        signIn("portfolio");
        List<String> problems = new ArrayList<>();
        for (String page : List.of("/methodology", "/methodology/" + lifecycle, "/projects/" + bare + "/governance",
                "/projects/" + project + "/governance", "/projects/" + project + "/governance?lang=ja",
                "/methodology/" + lifecycle + "?lang=ja")) {
            browser.get(url(page));
            Browser.accessibilityViolations(browser, axe).forEach(violation -> problems.add(page + ": " + violation));
        }
        assertThat(problems).isEmpty();
    }

    /** As the project manager, in French: requests the gate and answers its one checklist item. */
    private void requestAndAnswer(String page) {
        signIn("pm");
        browser.get(url(page + "?lang=fr"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("request-gate"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-review")));
        assertThat(browser.findElement(By.id("open-review")).getText()).contains("Revue de passage",
                "Le commanditaire a confirmé son rôle");
        new Select(browser.findElement(By.id("answer-sponsorConfirmed"))).selectByValue("YES");
        browser.findElement(By.id("save-answers")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compliance-ok")));
    }

    /** As the board (the portfolio's manager), in Japanese: decides the open review. */
    private void decide(String page, String decision, String rationale) {
        signIn("portfolio");
        browser.get(url(page + "?lang=ja"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form")));
        new Select(browser.findElement(By.id("decision"))).selectByValue(decision);
        browser.findElement(By.id("rationale")).sendKeys(rationale);
        browser.findElement(By.id("decide")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("open-review")));
    }
}
