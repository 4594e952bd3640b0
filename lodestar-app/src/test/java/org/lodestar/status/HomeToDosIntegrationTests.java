package org.lodestar.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.status.StatusFixtures.act;
import static org.lodestar.status.StatusFixtures.activeProjectOfPm;
import static org.lodestar.status.StatusFixtures.completeReport;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Each role's home page lists its to-dos: reports due and overdue, reports and requests to review. */
class HomeToDosIntegrationTests extends PageTestSupport {

    @Autowired
    private People people;

    @Test
    void aReportOwedIsTheManagersToDoUntilSubmittedThenThePmosUntilPublished() throws Exception {
        long project = activeProjectOfPm(port, people, "Owes a report", 100_000);
        Api pm = Api.as(port, "pm");
        String code = pm.get("/api/v1/projects/" + project).json().get("code").asString();
        String owed = "href=\"/projects/" + project + "/status\"";

        String home = page("/", "pm", Locale.ENGLISH);
        assertThat(home).contains("id=\"todos\"", owed, "Submit the overdue status report of " + code + " Owes a report");
        assertThat(page("/", "pm", Locale.JAPANESE)).contains("やること", code + " Owes a report の期限超過の状況報告を提出する");

        JsonNode draft = pm.post("/api/v1/projects/" + project + "/status-reports", "{}").json();
        long report = draft.get("id").asLong();
        JsonNode saved = pm.put("/api/v1/status-reports/" + report,
                json(completeReport("GREEN", draft.get("version").asLong()))).json();
        JsonNode submitted = pm.post("/api/v1/status-reports/" + report + "/submit",
                act(saved.get("version").asLong(), null)).json();
        String review = "href=\"/status/reports/" + report + "\"";

        assertThat(page("/", "pm", Locale.ENGLISH)).doesNotContain(owed).doesNotContain(review);
        assertThat(page("/", "pmo", Locale.FRENCH)).contains(review, "Examiner le rapport d")
                .contains("avancement de " + code + " Owes a report");

        Api.as(port, "pmo").post("/api/v1/status-reports/" + report + "/publish",
                act(submitted.get("version").asLong(), null));
        assertThat(page("/", "pmo", Locale.ENGLISH)).doesNotContain(review);
    }

    @Test
    void requestsWaitingForReviewAreTheReviewersToDosAndNotTheRequesters() throws Exception {
        String pmo = page("/", "pmo", Locale.ENGLISH);
        assertThat(pmo).containsPattern("href=\"/requests/\\d+\">Review request REQ-\\d+ ");
        assertThat(page("/", "requester", Locale.ENGLISH)).contains("id=\"todos\"").doesNotContain("Review request");
    }
}
