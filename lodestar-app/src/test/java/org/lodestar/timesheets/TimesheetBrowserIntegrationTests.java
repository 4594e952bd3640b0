package org.lodestar.timesheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * In a real browser: a team member fills in and submits a weekly timesheet, the project's manager approves it from
 * the approval queue, and the task's progress moved.
 */
class TimesheetBrowserIntegrationTests extends BrowserTestSupport {

    private static final String MONDAY = "2030-10-07";

    @Autowired
    People people;

    @Test
    void aTeamMemberSubmitsAWeekTheManagerApprovesItAndTheTasksProgressMoves() {
        long project = ChangeFixtures.project(port, people, "Browser timesheet", true);
        Api pm = Api.as(port, "pm");
        long version = pm.get("/api/v1/projects/" + project).json().get("version").asLong();
        assertThat(pm.post("/api/v1/projects/" + project + "/members", json(Map.of("personId",
                ChangeFixtures.personId(people, "member"), "canEdit", false, "version", version))).status())
                .isEqualTo(200);
        long design = -1;
        for (JsonNode task : pm.get("/api/v1/projects/" + project + "/plan").json().get("tasks")) {
            if (task.get("name").asString().equals("Design")) design = task.get("id").asLong();
        }

        signIn("member");
        browser.get(url("/timesheets?week=" + MONDAY));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#timesheet-grid tr[data-task='" + design + "']")));
        row.findElements(By.cssSelector("input.hours")).get(0).sendKeys("8");
        row.findElements(By.cssSelector("input.hours")).get(1).sendKeys("6");
        browser.findElement(By.id("submit-timesheet")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".timesheet-state"),
                "Submitted"));
        assertThat(browser.findElement(By.id("week-total")).getText()).isEqualTo("14");
        long sheet = Api.as(port, "member").get("/api/v1/timesheets/week?day=" + MONDAY).json().get("sheet")
                .get("id").asLong();

        signIn("pm");
        browser.get(url("/timesheets/approvals"));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#timesheet-queue tr[data-timesheet='" + sheet + "'] button.approve-timesheet"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timesheet-queue")));
        assertThat(browser.findElements(By.cssSelector("#timesheet-queue tr[data-timesheet='" + sheet + "']")))
                .isEmpty();

        // 14 hours of a 5-day task of 8-hour days: 35 %
        for (JsonNode task : pm.get("/api/v1/projects/" + project + "/plan").json().get("tasks")) {
            if (task.get("id").asLong() == design) {
                assertThat(task.get("percentComplete").asInt()).isEqualTo(35);
                assertThat(task.get("actualStart").asString()).startsWith(MONDAY);
            }
        }
    }
}
