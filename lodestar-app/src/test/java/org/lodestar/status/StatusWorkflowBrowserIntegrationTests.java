package org.lodestar.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lodestar.platform.People;
import org.lodestar.support.Browser;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In a real browser: the project manager submits a report, the PMO returns it with a comment, the project manager
 * resubmits, the PMO publishes; each step's e-mail reaches an SMTP server (GreenMail) over a real socket.
 */
class StatusWorkflowBrowserIntegrationTests extends BrowserTestSupport {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    People people;

    @Test
    void pmSubmitsPmoReturnsPmResubmitsPmoPublishesAndEachStepIsMailed() throws Exception {
        long project = StatusFixtures.activeProjectOfPm(port, people, "Browser status workflow", 200_000);
        MAIL.purgeEmailFromAllMailboxes();

        signIn("pm");
        browser.get(url("/projects/" + project + "/status"));
        browser.findElement(By.id("write-report")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form")));
        Number share = (Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.querySelector('table.ratings').getBoundingClientRect().width"
                        + " / document.getElementById('report-form').getBoundingClientRect().width");
        assertThat(share.doubleValue()).as("the ratings table uses the form's width, not one column of it")
                .isGreaterThan(0.9);
        rate("overall", "GREEN");
        for (String dimension : List.of("schedule", "cost", "scope", "resources", "risks", "quality")) {
            rate(dimension, "GREEN");
        }
        rate("schedule", "AMBER");
        browser.findElement(By.id("submit-report")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scheduleComment-error"))).getText())
                .as("amber without a comment is refused beside the field").isNotBlank();
        browser.findElement(By.id("scheduleComment")).sendKeys("Supplier two weeks late");
        browser.findElement(By.id("accomplishments")).sendKeys("Design approved");
        browser.findElement(By.id("submit-report")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-state"), "Submitted"));
        String reportUrl = browser.getCurrentUrl();
        Browser.screenshot(browser, "status-report-submitted");
        assertThat(mailTo("pmo@lodestar.example", "submitted", 1)).contains("Browser status workflow");

        switchTo("pmo", reportUrl);
        browser.findElement(By.id("reviewComment")).sendKeys("Give the supplier's new date");
        browser.findElement(By.id("return-report")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-state"), "Returned"));
        assertThat(mailTo("pm@lodestar.example", "returned", 1)).contains("Give the supplier's new date");

        switchTo("pm", reportUrl);
        assertThat(browser.findElement(By.id("review-comment")).getText()).contains("Give the supplier's new date");
        browser.findElement(By.id("scheduleComment")).sendKeys(": new date 12 March");
        browser.findElement(By.id("submit-report")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-state"), "Submitted"));
        assertThat(mailTo("pmo@lodestar.example", "submitted", 2)).contains("Browser status workflow");

        switchTo("pmo", reportUrl);
        browser.findElement(By.id("publish-report")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-state"), "Published"));
        Browser.screenshot(browser, "status-report-published");
        assertThat(browser.findElements(By.id("report-form"))).as("a published report is read, not edited").isEmpty();
        assertThat(mailTo("pm@lodestar.example", "published", 1)).contains("Browser status workflow");
    }

    private void rate(String field, String rag) {
        new Select(browser.findElement(By.id(field))).selectByValue(rag);
    }

    /** Waits for the count-th mail to the address whose subject has the word; its subject and text. */
    private String mailTo(String address, String word, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> matching = Arrays.stream(MAIL.getReceivedMessages())
                    .filter(message -> recipients(message).contains(address))
                    .filter(message -> subject(message).contains(word)).toList();
            if (matching.size() >= count) {
                MimeMessage last = matching.get(count - 1);
                return last.getSubject() + "\n" + GreenMailUtil.getBody(last);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + count + " mail(s) '" + word + "' to " + address + " among "
                + Arrays.stream(MAIL.getReceivedMessages()).map(StatusWorkflowBrowserIntegrationTests::subject).toList());
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void switchTo(String username, String target) {
        signIn(username);
        browser.get(target);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-state")));
    }

}
