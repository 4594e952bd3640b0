package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * In a real browser: a person assigned full time to two parallel tasks is over-allocated on the leveling page
 * before and not after; applying moves the task on the plan page, and clearing brings it back.
 */
class LevelingBrowserIntegrationTests extends BrowserTestSupport {

    @Test
    void theLevelingPageShowsTheOverAllocationGoneAndApplyAndClearMoveTheTask() {
        Api pmo = Api.as(port, "pmo");
        Api.Response person = Api.as(port, "resource").post("/api/v1/resources",
                json(Map.of("kind", "PERSON", "name", "Dee Level " + UUID.randomUUID().toString().substring(0, 6))));
        long dee = person.json().get("id").asLong();
        long project = pmo.post("/api/v1/projects", json(newProject("Leveled in the browser", 1))).json().get("id").asLong();
        String plan = "/api/v1/projects/" + project + "/plan";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", "2027-01-04");
        body.put("tasks", List.of(Map.of("key", "a", "name", "Alpha", "duration", "5d"),
                Map.of("key", "b", "name", "Beta", "duration", "5d"), Map.of("key", "g", "name", "Gamma", "duration", "2d")));
        body.put("dependencies", List.of(Map.of("predecessor", "b", "successor", "g")));
        assertThat(pmo.put(plan, json(body)).status()).isEqualTo(200);
        for (JsonNode task : pmo.get(plan).json().get("tasks")) {
            if (!task.get("name").asString().equals("Gamma")) {
                assertThat(pmo.post(plan + "/tasks/" + task.get("id").asLong() + "/assignments",
                        json(Map.of("resource", dee))).status()).isEqualTo(201);
            }
        }

        signIn("pmo");
        browser.get(url("/projects/" + project + "/plan"));
        String alphaStart = startOf("Alpha");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("plan-level"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("leveling-load-before")));
        // over 100 % is said in words, not by colour alone
        assertThat(browser.findElements(By.cssSelector("#leveling-load-before td.over .over-marker"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#leveling-load-after td.over"))).isEmpty();
        assertThat(browser.findElement(By.id("leveling-moves")).getText()).contains("Alpha", "5d");

        browser.findElement(By.id("leveling-apply")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".plan-grid-body .plan-leveled-mark")));
        assertThat(browser.findElement(By.cssSelector(".plan-grid-body .plan-leveled-mark")).getText())
                .contains("+5d");
        assertThat(startOf("Alpha")).isNotEqualTo(alphaStart);

        browser.get(url("/projects/" + project + "/plan/leveling"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("leveling-clear"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".plan-grid-body .plan-name")));
        assertThat(startOf("Alpha")).isEqualTo(alphaStart);
        assertThat(browser.findElements(By.cssSelector(".plan-grid-body .plan-leveled-mark"))).isEmpty();
    }

    /** The start shown in the grid row of the task. */
    private String startOf(String name) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".plan-grid-body .plan-name")));
        for (WebElement row : browser.findElements(By.cssSelector(".plan-grid-body .plan-row"))) {
            if (row.findElement(By.cssSelector(".plan-name")).getText().equals(name)) {
                return row.findElement(By.cssSelector(".c-start")).getText();
            }
        }
        throw new AssertionError("no row " + name);
    }
}
