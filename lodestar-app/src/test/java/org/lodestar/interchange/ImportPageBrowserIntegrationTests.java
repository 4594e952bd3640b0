package org.lodestar.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestar.support.Api;
import org.lodestar.support.Browser;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * The import page in a real browser: the project manager uploads a Primavera XER file from the shared datasets into a
 * new project of theirs, sees the preview, confirms it and finds the tasks in the plan; then re-imports a changed
 * version of the file (one activity renamed, as Primavera writes it) and the plan is updated in place, without
 * duplicates; a big file is sent with its progress shown.
 */
class ImportPageBrowserIntegrationTests extends BrowserTestSupport {

    private static final String DATASET = "XERNative__sample.xer";

    private Api pmo;
    private long projectId;

    @BeforeEach
    void aNewProjectOfTheProjectManager() {
        pmo = Api.as(port, "pmo");
        // PRJ-0002 is one of the demo projects that "pm" manages
        long manager = pmo.get("/api/v1/projects/2").json().get("manager").get("id").asLong();
        Map<String, Object> project = newProject("Imported in the browser", 1);
        project.put("managerId", manager);
        projectId = pmo.post("/api/v1/projects", json(project)).json().get("id").asLong();
    }

    @Test
    void projectManagerUploadsPreviewsConfirmsAndReimportsAChangedFileWithoutDuplicates(@TempDir Path folder)
            throws Exception {
        signIn("pm");
        openPlan();
        browser.findElement(By.id("plan-import")).click();

        previewUpload(InterchangeDatasets.file(DATASET));
        int tasks = count("import-added");
        assertThat(tasks).isGreaterThan(5);
        assertThat(count("import-changed") + count("import-removed")).isZero();
        assertThat(browser.findElements(By.cssSelector("#import-not-stored li"))).isNotEmpty();
        assertThat(pmo.get("/api/v1/projects/" + projectId + "/plan").json().get("tasks"))
                .as("a preview writes nothing").isEmpty();
        Browser.screenshot(browser, "import-preview");

        browser.findElement(By.id("import-confirm-button")).click();
        wait.until(ExpectedConditions.urlMatches("/projects/" + projectId + "/plan$"));
        waitForPlan();
        List<String> names = texts(".plan-grid-body .plan-name");
        assertThat(names).hasSize(tasks);
        JsonNode first = plan();
        assertThat(first.get("tasks")).hasSize(tasks);

        // the second version of the file: one activity renamed
        XerEdit edit = XerEdit.renameFirstActivity(Files.readAllBytes(InterchangeDatasets.file(DATASET)),
                "Renamed in the second version");
        Path second = Files.write(folder.resolve("sample-v2.xer"), edit.file());

        browser.findElement(By.id("plan-import")).click();
        previewUpload(second);
        assertThat(count("import-added")).isZero();
        assertThat(count("import-removed")).isZero();
        assertThat(count("import-changed")).isGreaterThanOrEqualTo(1);
        WebElement change = browser.findElement(By.cssSelector("#import-changes tr[data-source-uid='"
                + edit.taskId() + "']"));
        assertThat(change.getText()).contains(edit.oldName()).contains("Renamed in the second version");

        browser.findElement(By.id("import-confirm-button")).click();
        wait.until(ExpectedConditions.urlMatches("/projects/" + projectId + "/plan$"));
        waitForPlan();
        assertThat(texts(".plan-grid-body .plan-name")).hasSize(tasks).contains("Renamed in the second version");

        JsonNode again = plan();
        assertThat(again.get("tasks")).hasSize(tasks);
        Set<Long> sources = new HashSet<>();
        for (JsonNode task : again.get("tasks")) {
            assertThat(sources.add(task.get("sourceUid").asLong())).as("no duplicate").isTrue();
        }
        for (JsonNode task : first.get("tasks")) {
            if (task.get("sourceUid").asLong() == edit.taskId()) {
                JsonNode now = null;
                for (JsonNode candidate : again.get("tasks")) {
                    if (candidate.get("id").asLong() == task.get("id").asLong()) now = candidate;
                }
                assertThat(now).as("updated in place, keeping its id").isNotNull();
                assertThat(now.get("name").asString()).isEqualTo("Renamed in the second version");
            }
        }

        // a big file (256 KB and more) is sent in the background with its progress shown, then its preview
        // replaces the page
        browser.findElement(By.id("plan-import")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-progress")));
        ((JavascriptExecutor) browser).executeScript("""
                const progress = document.getElementById('import-progress');
                new MutationObserver(() => {
                  if (!progress.hidden) {
                    sessionStorage.setItem('import-progress', document.getElementById('import-progress-text').textContent);
                  }
                }).observe(progress, {attributes: true, subtree: true, childList: true, characterData: true});
                """);
        previewUpload(InterchangeDatasets.file("XERNative__wk2.xer"));
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('import-progress')"))
                .matches("Sending the file: \\d+ %|The file is sent; reading it for the preview\\.");
    }

    /** On the import page: chooses the file and waits for its preview. */
    private void previewUpload(Path file) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-file")));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import-preview")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-confirm")));
        assertThat(browser.findElement(By.id("import-file-name")).getText()).contains(file.getFileName().toString());
    }

    private int count(String id) {
        return Integer.parseInt(browser.findElement(By.id(id)).getText().strip());
    }

    private JsonNode plan() {
        return pmo.get("/api/v1/projects/" + projectId + "/plan").json();
    }

    private void openPlan() {
        browser.get(url("/projects/" + projectId + "/plan"));
        waitForPlan();
    }

    private void waitForPlan() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return document.getElementById('plan').planState().plan !== null")));
    }

    private List<String> texts(String selector) {
        List<String> texts = new ArrayList<>();
        for (WebElement element : browser.findElements(By.cssSelector(selector))) texts.add(element.getText());
        return texts;
    }
}
