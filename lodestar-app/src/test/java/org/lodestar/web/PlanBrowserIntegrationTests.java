package org.lodestar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.Browser;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The plan page in a real browser: the demo project manager builds a small schedule in the tree grid of a new
 * project of theirs and sees it in the Gantt chart, which follows every change without a reload.
 */
class PlanBrowserIntegrationTests extends BrowserTestSupport {

    private long projectId;

    @BeforeEach
    void aNewProjectOfTheProjectManager() {
        Api pmo = Api.as(port, "pmo");
        // PRJ-0002 is one of the demo projects that "pm" manages
        long manager = pmo.get("/api/v1/projects/2").json().get("manager").get("id").asLong();
        Map<String, Object> project = newProject("Planned in the browser", 1);
        project.put("managerId", manager);
        projectId = pmo.post("/api/v1/projects", json(project)).json().get("id").asLong();
    }

    @Test
    void projectManagerBuildsAScheduleInTheGridAndTheGanttFollows() throws Exception {
        signIn("pm");
        openPlan("");
        assertThat(browser.findElement(By.id("plan")).getAttribute("data-can-edit")).isEqualTo("true");

        browser.findElement(By.cssSelector("[data-action=insert]")).click();
        typeInEditor("Design");
        insertBelowWithTheKeyboard("Build");
        insertBelowWithTheKeyboard("Launch");
        assertThat(texts(".plan-grid-body .plan-name")).containsExactly("Design", "Build", "Launch");

        edit(1, "duration", "5d");
        edit(2, "duration", "10d");
        edit(3, "duration", "0");
        edit(2, "predecessors", "1");
        edit(3, "predecessors", "2FS");
        assertThat(texts(".plan-grid-body .c-predecessors")).containsExactly("", "1", "2");
        assertThat(texts(".plan-grid-body .c-duration")).containsExactly("5d", "10d", "0d");
        long design = taskId(1), build = taskId(2), launch = taskId(3);
        assertThat(barStart(build)).isGreaterThanOrEqualTo(barEnd(design) - 1);
        assertThat(browser.findElements(By.cssSelector(".plan-gantt-chart .plan-bar.critical"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector(".plan-gantt-chart path[data-critical=true]"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".plan-gantt-chart .plan-bar[data-task-id='" + launch
                + "'] path.bar"))).as("a milestone is a diamond").hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".plan-grid-body .plan-critical-mark")))
                .as("critical is not told by colour alone").hasSize(3);
        Browser.screenshot(browser, "plan-three-tasks");

        double buildStartBefore = barStart(build);
        edit(1, "duration", "8d");
        assertThat(barStart(build)).as("the successor's bar moved three days later").isGreaterThan(buildStartBefore);
        assertThat(browser.getCurrentUrl()).as("no reload").endsWith("/plan");

        // Build split after 3 days for 2: two stretches of work joined by a dotted line, Launch after the second
        Api.Response split = Api.as(port, "pm").send("PATCH", "/api/v1/projects/" + projectId + "/plan/tasks/" + build,
                "{\"splits\":\"3d+2d\"}");
        assertThat(split.status()).as(split.body()).isEqualTo(200);
        openPlan("");
        String bar = ".plan-gantt-chart .plan-bar[data-task-id='" + build + "'] ";
        assertThat(browser.findElements(By.cssSelector(bar + "rect.segment"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(bar + "line[stroke-dasharray]"))).hasSize(1);
        double firstEnd = ((Number) script("var r = document.querySelectorAll(arguments[0]); var b = r[0].getBBox();"
                + " return b.x + b.width", bar + "rect.segment")).doubleValue();
        double secondStart = ((Number) script("return document.querySelectorAll(arguments[0])[1].getBBox().x",
                bar + "rect.segment")).doubleValue();
        assertThat(secondStart).as("a gap of two days").isGreaterThan(firstEnd);
        assertThat(barStart(launch)).isGreaterThanOrEqualTo(secondStart);
        new Actions(browser).moveToElement(browser.findElements(By.cssSelector(bar + "rect.segment")).get(1)).perform();
        WebElement tip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".plan-tooltip")));
        assertThat(tip.getText()).contains("Splits").contains("3d+2d");
    }

    @Test
    void aDependencyCycleIsRefusedBesideTheGridAndTheTypedTextStays() throws Exception {
        signIn("pm");
        openPlan("");
        browser.findElement(By.cssSelector("[data-action=insert]")).click();
        typeInEditor("Design");
        insertBelowWithTheKeyboard("Build");
        edit(2, "predecessors", "1");

        cell(1, "predecessors").click();
        new Actions(browser).sendKeys(Keys.F2).perform();
        WebElement editor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".plan-editor")));
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.ENTER);

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-error")));
        Browser.screenshot(browser, "plan-cycle");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(error.getText()).containsIgnoringCase("cycle").contains("Design").contains("Build");
        editor = browser.findElement(By.cssSelector(".plan-editor"));
        assertThat(editor.getAttribute("value")).isEqualTo("2");
        assertThat(editor.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(editor.getAttribute("aria-describedby")).isEqualTo("plan-error");

        editor.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("plan-error")));
        assertThat(cell(1, "predecessors").getText()).isEmpty();
    }

    @Test
    void thePlanPagePassesTheAutomatedAccessibilityChecks() throws Exception {
        String axe = Browser.axeScript();
        signIn("pm");
        openPlan("");
        browser.findElement(By.cssSelector("[data-action=insert]")).click();
        typeInEditor("Phase");
        insertBelowWithTheKeyboard("Design");
        long version = version();
        new Actions(browser).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT)
                .keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
        wait.until(driver -> version() > version);
        assertThat(row(1).getAttribute("aria-level")).isEqualTo("2");
        assertThat(row(0).getAttribute("aria-expanded")).isEqualTo("true");
        insertBelowWithTheKeyboard("Launch");
        edit(3, "duration", "0");
        edit(3, "predecessors", "2");

        List<String> problems = new ArrayList<>();
        Browser.accessibilityViolations(browser, axe).forEach(violation -> problems.add("en: " + violation));
        openPlan("?lang=ja");
        Browser.screenshot(browser, "plan-ja");
        Browser.accessibilityViolations(browser, axe).forEach(violation -> problems.add("ja: " + violation));
        // the demo plan of PRJ-0002: progress, baselines, a status date and thirty rows
        openPlan(2, "");
        Browser.screenshot(browser, "plan-demo");
        Browser.accessibilityViolations(browser, axe).forEach(violation -> problems.add("demo: " + violation));
        assertThat(problems).isEmpty();
    }

    @Test
    void theGanttIsExportedAsAPngAndPrintedWithEveryRow() throws Exception {
        signIn("pm");
        openPlan(2, "");
        // the download is caught where the page turns the canvas into a file
        script("""
                window.exported = null;
                const createObjectURL = URL.createObjectURL;
                URL.createObjectURL = blob => { window.exported = blob.type + ' ' + blob.size; return createObjectURL(blob); };
                HTMLAnchorElement.prototype.click = function () { window.exportedName = this.download; };
                """);
        browser.findElement(By.cssSelector(".plan-export")).click();
        wait.until(driver -> script("return window.exported") != null);
        assertThat((String) script("return window.exported")).startsWith("image/png ").isNotEqualTo("image/png 0");
        assertThat(script("return window.exportedName")).isEqualTo("PRJ-0002-gantt.png");
        assertThat(browser.findElement(By.id("plan-error")).isDisplayed()).isFalse();

        long rows = (Long) script("return document.getElementById('plan').planState().rows.length");
        script("window.dispatchEvent(new Event('beforeprint'))");
        assertThat((Long) script("return document.querySelectorAll('.plan-printout tbody tr').length")).isEqualTo(rows);
        assertThat(browser.findElements(By.cssSelector(".plan-printout .plan-print-page > svg"))).hasSize((int) (rows + 19) / 20);
        script("window.dispatchEvent(new Event('afterprint'))");
        assertThat(browser.findElements(By.cssSelector(".plan-printout *"))).isEmpty();
    }

    @Test
    void someoneWhoMayOnlyReadSeesThePlanWithoutTools() throws Exception {
        signIn("exec");
        openPlan("");
        assertThat(browser.findElement(By.id("plan")).getAttribute("data-can-edit")).isEqualTo("false");
        assertThat(browser.findElements(By.cssSelector("[data-action]"))).isEmpty();
        assertThat(browser.findElement(By.id("plan-grid")).getAttribute("aria-readonly")).isEqualTo("true");
    }

    private void openPlan(String query) {
        openPlan(projectId, query);
    }

    private void openPlan(long project, String query) {
        browser.get("http://localhost:" + port + "/projects/" + project + "/plan" + query);
        wait.until(driver -> Boolean.TRUE.equals(script("return document.getElementById('plan').planState().plan !== null")));
    }

    /** Types into the open cell editor and saves with Enter. */
    private void typeInEditor(String text) {
        long version = version();
        WebElement editor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".plan-editor")));
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
        wait.until(driver -> version() > version && driver.findElements(By.cssSelector(".plan-editor")).isEmpty());
    }

    private void insertBelowWithTheKeyboard(String name) {
        long version = version();
        new Actions(browser).sendKeys(Keys.INSERT).perform();
        wait.until(driver -> version() > version);
        typeInEditor(name);
    }

    /** Double-clicks the cell of the row (1-based) and column, types the text and saves with Enter. */
    private void edit(int row, String column, String text) {
        new Actions(browser).doubleClick(cell(row, column)).perform();
        typeInEditor(text);
    }

    private WebElement row(int index) {
        return browser.findElements(By.cssSelector(".plan-grid-body .plan-row")).get(index);
    }

    private WebElement cell(int row, String column) {
        return row(row - 1).findElement(By.cssSelector(".c-" + column));
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private long version() {
        return ((Number) script("return document.getElementById('plan').planState().plan.version")).longValue();
    }

    private long taskId(int row) {
        return ((Number) script("return document.getElementById('plan').planState().rows[arguments[0]].id", row - 1))
                .longValue();
    }

    private double barStart(long taskId) {
        return ((Number) script("var b = document.querySelector(\".plan-gantt-chart .plan-bar[data-task-id='\" + arguments[0]"
                + " + \"'] .bar\").getBBox(); return b.x", taskId)).doubleValue();
    }

    private double barEnd(long taskId) {
        return ((Number) script("var b = document.querySelector(\".plan-gantt-chart .plan-bar[data-task-id='\" + arguments[0]"
                + " + \"'] .bar\").getBBox(); return b.x + b.width", taskId)).doubleValue();
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
