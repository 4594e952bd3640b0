package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser, on the demo organisation: the demo's over-allocated tester (two overlapping test tasks of one
 * project) is marked over on the person × week page; the over cell leads to the tasks behind it and their project's
 * plan, whose Level resources preview moves a task; Apply, and the person × week page marks no week over; Clear
 * restores the plan as it was, so that the shared demo is left as found (also when an assertion fails half-way).
 */
class LevelingBrowserIntegrationTests extends BrowserTestSupport {

    private static final String TESTER = "Paul Fischer";   // the demo's AssignmentsDemo.OVER_ALLOCATED

    @Test
    void theDemoOverAllocationShowsOnThePeoplePageAndLevelingTheProjectResolvesIt() {
        signIn("pmo");
        browser.get(url("/resources/people"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-weeks")));
        List<WebElement> overCells = row(TESTER).findElements(By.cssSelector("td.over"));
        // over 100 % is said in words, not by colour alone, and names its basis: the task assignments
        assertThat(overCells).as(TESTER + " over in the coming weeks").isNotEmpty();
        assertThat(overCells.get(0).findElement(By.cssSelector(".over-marker")).getAttribute("data-basis"))
                .isEqualTo("ASSIGNED");

        // the cell's drill-down names the project and its two overlapping tasks; its code leads to the plan
        overCells.get(0).findElement(By.cssSelector("a.cell-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-week-demand")));
        List<WebElement> lines = browser.findElements(By.cssSelector("#person-week-demand tbody tr[data-basis=ASSIGNMENT]"));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        String project = lines.get(0).getAttribute("data-project");
        assertThat(lines).allSatisfy(line -> assertThat(line.getAttribute("data-project")).isEqualTo(project));
        long projectId = Long.parseLong(project);
        try {
            lines.get(0).findElement(By.cssSelector("a.code")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("plan-level"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("leveling-load-before")));
            assertThat(browser.findElements(By.cssSelector("#leveling-load-before td.over .over-marker"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#leveling-load-after td.over"))).isEmpty();
            assertThat(browser.findElement(By.id("leveling-moves")).getText()).contains(TESTER);

            browser.findElement(By.id("leveling-apply")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".plan-grid-body .plan-leveled-mark")));

            browser.get(url("/resources/people"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-weeks")));
            assertThat(row(TESTER).findElements(By.cssSelector("td.over"))).as(TESTER + " after leveling").isEmpty();

            browser.get(url("/projects/" + projectId + "/plan/leveling"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("leveling-clear"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".plan-grid-body .plan-name")));
            assertThat(browser.findElements(By.cssSelector(".plan-grid-body .plan-leveled-mark"))).isEmpty();
            browser.get(url("/resources/people"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-weeks")));
            assertThat(row(TESTER).findElements(By.cssSelector("td.over"))).as(TESTER + " after clearing").isNotEmpty();
        } finally {
            // the demo is shared by every integration test: never leave it leveled
            Api.as(port, "pmo").delete("/api/v1/projects/" + projectId + "/plan/leveling");
        }
    }

    /** The person × week row of the person named. */
    private WebElement row(String name) {
        for (WebElement row : browser.findElements(By.cssSelector("#person-weeks tbody tr"))) {
            List<WebElement> names = row.findElements(By.cssSelector("th span"));
            if (!names.isEmpty() && names.get(0).getText().equals(name)) return row;
        }
        throw new AssertionError("no row " + name);
    }
}
