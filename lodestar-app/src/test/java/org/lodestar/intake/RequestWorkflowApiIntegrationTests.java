package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A request's whole life over the API, from draft to project, with the refusals on the way. */
class RequestWorkflowApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Test
    void aRequestGoesFromDraftToProjectAndEveryStepIsAudited() {
        Api requester = Api.as(port, "requester");
        Api pmo = Api.as(port, "pmo");
        long type = typeId(requester, "NEW_PROJECT");

        JsonNode draft = created(requester.post("/api/v1/requests", """
                {"typeId": %d, "title": "Loyalty app", "summary": "An app for loyal customers", "portfolioId": 1,
                 "budget": 250000, "objectiveIds": [1],
                 "values": {"problem": "Customers leave", "outcome": "They stay", "urgency": "intake.default.choice.high",
                            "areas": "intake.default.choice.customers, intake.default.choice.technology",
                            "reference": "https://wiki.example/loyalty", "users": "5000"}}
                """.formatted(type)));
        long id = draft.get("id").asLong();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("code").asString()).startsWith("REQ-");

        JsonNode financials = ok(requester.put("/api/v1/requests/" + id + "/financials", """
                {"discountRatePercent": 8, "quarters": [{"cost": 100000, "benefit": 0}, {"cost": 50000, "benefit": 40000},
                 {"cost": 0, "benefit": 80000}, {"cost": 0, "benefit": 80000}],
                 "demands": [{"role": "Java developer", "quarter": 0, "fte": 2}], "version": %d}
                """.formatted(draft.get("version").asLong())));
        assertThat(financials.get("financials").get("npv").asDouble()).isBetween(40_000.0, 50_000.0);
        assertThat(financials.get("financials").get("paybackQuarters").asDouble()).isBetween(2.0, 3.0);
        assertThat(financials.get("financials").get("irrPercent").isNull()).isFalse();

        JsonNode submitted = ok(requester.post("/api/v1/requests/" + id + "/submit", version(financials)));
        assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
        JsonNode screening = ok(pmo.post("/api/v1/requests/" + id + "/screen", version(submitted)));
        JsonNode returned = ok(pmo.post("/api/v1/requests/" + id + "/return",
                "{\"comment\": \"Please estimate the number of users per country\", \"version\": %d}"
                        .formatted(screening.get("version").asLong())));
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");

        JsonNode notices = ok(requester.get("/api/v1/requests/notices"));
        assertThat(notices.get(0).get("topicId").asLong()).isEqualTo(id);
        assertThat(notices.get(0).get("messageKey").asString()).isEqualTo("intake.notice.RETURNED");
        JsonNode seen = ok(requester.get("/api/v1/requests/" + id));
        assertThat(seen.get("comments").get(0).get("body").asString()).contains("users per country");

        JsonNode resubmitted = ok(requester.post("/api/v1/requests/" + id + "/submit", version(seen)));
        JsonNode screened = ok(pmo.post("/api/v1/requests/" + id + "/screen", version(resubmitted)));
        JsonNode evaluation = ok(pmo.post("/api/v1/requests/" + id + "/evaluate", version(screened)));
        assertThat(evaluation.get("state").asString()).isEqualTo("EVALUATION");
        JsonNode approved = ok(pmo.post("/api/v1/requests/" + id + "/approve",
                "{\"reason\": \"Strong case\", \"date\": \"%s\", \"version\": %d}"
                        .formatted(LocalDate.now(), evaluation.get("version").asLong())));
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decisionReason").asString()).isEqualTo("Strong case");

        JsonNode converted = ok(pmo.post("/api/v1/requests/" + id + "/convert",
                "{\"portfolioId\": 1, \"customFields\": {\"risk_level\": \"Low\"}, \"version\": %d}".formatted(approved.get("version").asLong())));
        assertThat(converted.get("state").asString()).isEqualTo("CONVERTED");
        long projectId = converted.get("projectId").asLong();
        List<String> told = new ArrayList<>();
        ok(requester.get("/api/v1/requests/notices")).forEach(notice -> {
            if (notice.get("topicId").asLong() == id) told.add(notice.get("messageKey").asString());
        });
        assertThat(told).as("the requester hears of each decision, newest first").containsExactly(
                "intake.notice.CONVERTED", "intake.notice.APPROVED", "intake.notice.RETURNED");
        JsonNode project = ok(pmo.get("/api/v1/projects/" + projectId));
        assertThat(project.get("name").asString()).isEqualTo("Loyalty app");
        assertThat(project.get("description").asString()).isEqualTo("An app for loyal customers");
        assertThat(project.get("budget").decimalValue()).isEqualByComparingTo("250000");
        assertThat(project.get("objectives").get(0).get("id").asLong()).isEqualTo(1);

        List<String> states = new ArrayList<>();
        ok(pmo.get("/api/v1/requests/" + id + "/audit")).forEach(event -> event.get("changes").forEach(change -> {
            if (change.get("field").asString().equals("requestState")) states.add(0, change.get("newValue").asString());
        }));
        assertThat(states).containsExactly("DRAFT", "SUBMITTED", "SCREENING", "RETURNED", "SUBMITTED", "SCREENING",
                "EVALUATION", "APPROVED", "CONVERTED");
    }

    @Test
    void anIncompleteRequestCannotBeSubmittedAndEachMissingFieldIsNamed() {
        Api requester = Api.as(port, "requester");
        JsonNode draft = created(requester.post("/api/v1/requests",
                "{\"typeId\": %d, \"title\": \"Half a thought\"}".formatted(typeId(requester, "NEW_PROJECT"))));

        Api.Response response = requester.post("/api/v1/requests/" + draft.get("id").asLong() + "/submit", version(draft));

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("portfolioId", "values[problem]", "values[outcome]", "values[urgency]");
    }

    @Test
    void valuesThatBreakTheirFieldsRulesAreRefusedFieldByField() {
        Api requester = Api.as(port, "requester");
        Api.Response response = requester.post("/api/v1/requests", """
                {"typeId": %d, "title": "Bad values",
                 "values": {"users": "many", "urgency": "Whenever", "reference": "javascript:alert(1)",
                            "wantedBy": "31/12/2027", "businessOwner": "999999", "nonsense": "x"}}
                """.formatted(typeId(requester, "NEW_PROJECT")));

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("values[users]", "values[urgency]", "values[reference]",
                "values[wantedBy]", "values[businessOwner]", "values[nonsense]");
    }

    @Test
    void aRequestWithoutATypeIsRefusedNamingTheType() {
        Api.Response response = Api.as(port, "requester").post("/api/v1/requests", "{\"title\": \"No type\"}");

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("typeId");
    }

    @Test
    void anActTheStateDoesNotAllowIs409AndOnlyReviewersReview() {
        Api requester = Api.as(port, "requester");
        Api pmo = Api.as(port, "pmo");
        JsonNode submitted = submittedRequest(requester);
        long id = submitted.get("id").asLong();
        String decision = "{\"reason\": \"Fine\", \"date\": \"2026-01-15\", \"version\": %d}"
                .formatted(submitted.get("version").asLong());

        Api.Response approveTooEarly = pmo.post("/api/v1/requests/" + id + "/approve", decision);
        assertThat(approveTooEarly.status()).isEqualTo(409);
        assertThat(approveTooEarly.json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(approveTooEarly.json().get("detail").asString()).contains("Submitted");

        assertThat(requester.post("/api/v1/requests/" + id + "/screen", version(submitted)).status()).isEqualTo(403);
        assertThat(Api.as(port, "exec").post("/api/v1/requests/" + id + "/screen", version(submitted)).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "pm").get("/api/v1/requests/" + id).status()).isEqualTo(403);
        assertThat(requester.post("/api/v1/requests/" + id + "/submit", version(submitted)).status()).isEqualTo(409);

        Api.Response stale = pmo.post("/api/v1/requests/" + id + "/screen", "{\"version\": 0}");
        assertThat(stale.status()).isEqualTo(409);
        Api.Response noReason = pmo.post("/api/v1/requests/" + id + "/return", "{\"comment\": \" \", \"version\": %d}"
                .formatted(submitted.get("version").asLong()));
        assertThat(noReason.status()).isEqualTo(400);
        // a decision dated before the request was submitted: 400 naming the date, the request still in evaluation
        JsonNode screened = ok(pmo.post("/api/v1/requests/" + id + "/screen", version(submitted)));
        JsonNode evaluation = ok(pmo.post("/api/v1/requests/" + id + "/evaluate", version(screened)));
        Api.Response backdated = pmo.post("/api/v1/requests/" + id + "/approve",
                "{\"reason\": \"Fine\", \"date\": \"%s\", \"version\": %d}"
                        .formatted(LocalDate.now().minusDays(1), evaluation.get("version").asLong()));
        assertThat(backdated.status()).as(backdated.body()).isEqualTo(400);
        assertThat(backdated.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
        assertThat(pmo.get("/api/v1/requests/" + id).json().get("state").asString()).isEqualTo("EVALUATION");
    }

    @Test
    void draftsAreTheirRequestersOwn() {
        Api requester = Api.as(port, "requester");
        JsonNode draft = created(requester.post("/api/v1/requests",
                "{\"typeId\": %d, \"title\": \"Private thought\"}".formatted(typeId(requester, "ENHANCEMENT"))));

        assertThat(Api.as(port, "pmo").get("/api/v1/requests/" + draft.get("id").asLong()).status()).isEqualTo(403);
        assertThat(Api.as(port, "pmo").put("/api/v1/requests/" + draft.get("id").asLong(),
                "{\"typeId\": 1, \"title\": \"Taken over\", \"version\": 0}").status()).isEqualTo(403);
        JsonNode queue = ok(Api.as(port, "pmo").get("/api/v1/requests"));
        queue.forEach(row -> assertThat(row.get("state").asString()).isNotEqualTo("DRAFT"));
    }

    @Test
    void attachmentsAreCheckedForSizeAndTypeAndCountForCompleteness() {
        Api requester = Api.as(port, "requester");
        long type = typeId(requester, "NEW_PROJECT");
        JsonNode draft = created(requester.post("/api/v1/requests",
                "{\"typeId\": %d, \"title\": \"With a business case\"}".formatted(type)));
        String path = "/api/v1/requests/" + draft.get("id").asLong() + "/attachments";
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 a small business case".getBytes());
        String exe = Base64.getEncoder().encodeToString("MZ\u0090 not a pdf".getBytes());
        String huge = Base64.getEncoder().encodeToString(("%PDF" + "x".repeat(600_000)).getBytes());

        Api.Response renamed = requester.post(path, upload("case.pdf", "application/pdf", exe));
        Api.Response script = requester.post(path, upload("run.sh", "application/x-sh", pdf));
        Api.Response tooLarge = requester.post(path, upload("big.pdf", "application/pdf", huge));
        JsonNode attached = ok(requester.post(path, upload("case.pdf", "application/pdf", pdf)));

        assertThat(renamed.status()).isEqualTo(400);
        assertThat(script.status()).isEqualTo(400);
        assertThat(tooLarge.status()).isIn(400, 413);
        JsonNode file = attached.get("attachments").get(0);
        assertThat(file.get("fileName").asString()).isEqualTo("case.pdf");
        Api.Response download = requester.getAnything(path + "/" + file.get("id").asLong());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF-1.4");
        assertThat(Api.as(port, "pm").getAnything(path + "/" + file.get("id").asLong()).status()).isEqualTo(403);
    }

    @Test
    void anAttachmentIsStoredAndServedWithItsNormalisedTypeOnly() {
        Api requester = Api.as(port, "requester");
        JsonNode draft = created(requester.post("/api/v1/requests",
                "{\"typeId\": %d, \"title\": \"Odd types\"}".formatted(typeId(requester, "NEW_PROJECT"))));
        String path = "/api/v1/requests/" + draft.get("id").asLong() + "/attachments";
        String text = Base64.getEncoder().encodeToString("plain notes".getBytes());

        // declared types the list allows once their parameters are dropped, but that break as they were sent:
        // an unknown charset does not parse when served, a long one does not fit the column
        for (String declared : List.of("text/plain; charset=no-such-charset", "text/plain; charset=" + "x".repeat(120))) {
            JsonNode attached = ok(requester.post(path, upload("notes.txt", declared, text)));
            JsonNode file = attached.get("attachments").get(attached.get("attachments").size() - 1);
            Api.Response download = requester.getAnything(path + "/" + file.get("id").asLong());

            assertThat(file.get("contentType").asString()).as(declared).isEqualTo("text/plain");
            assertThat(download.status()).as(declared).isEqualTo(200);
            assertThat(download.contentType()).startsWith("text/plain").doesNotContain("no-such").doesNotContain("xxx");
            assertThat(download.body()).isEqualTo("plain notes");
        }
        assertThat(requester.post(path, upload("notes.txt", "text/plain" + "x".repeat(120), text)).status()).isEqualTo(400);
    }

    private static String upload(String name, String type, String base64) {
        return "{\"field\": \"businessCase\", \"fileName\": \"%s\", \"contentType\": \"%s\", \"base64\": \"%s\"}"
                .formatted(name, type, base64);
    }

    /** A complete new-project request, submitted by the requester. */
    JsonNode submittedRequest(Api requester) {
        JsonNode draft = created(requester.post("/api/v1/requests", """
                {"typeId": %d, "title": "Complete request", "portfolioId": 1,
                 "values": {"problem": "A problem", "outcome": "An outcome", "urgency": "intake.default.choice.low"}}
                """.formatted(typeId(requester, "NEW_PROJECT"))));
        return ok(requester.post("/api/v1/requests/" + draft.get("id").asLong() + "/submit", version(draft)));
    }

    @Test
    void theIntakeApiIsDocumented() {
        String docs = Api.as(port, "pmo").getAnything("/v3/api-docs").body();

        assertThat(docs).contains("/api/v1/request-types").contains("/api/v1/requests/{id}/approve")
                .contains("/api/v1/requests/{id}/convert").contains("/api/v1/scoring-models/{id}/ranking")
                .contains("/api/v1/scenarios/{id}/result").contains("/api/v1/scenarios/{id}/frontier");
    }

    private static String version(JsonNode request) {
        return "{\"version\": " + request.get("version").asLong() + "}";
    }

    private static long typeId(Api api, String code) {
        for (JsonNode type : ok(api.get("/api/v1/request-types"))) {
            if (type.get("code").asString().equals(code)) return type.get("id").asLong();
        }
        throw new AssertionError("no request type " + code);
    }

    static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}
