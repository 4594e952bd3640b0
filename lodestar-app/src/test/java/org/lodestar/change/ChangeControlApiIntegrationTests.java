package org.lodestar.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.change.ChangeFixtures.request;
import static org.lodestar.change.ChangeFixtures.version;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Change control through the API: the workflow, routing by the thresholds, re-baselining, rights and bad input. */
class ChangeControlApiIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AuditTrail audit;

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String decision(JsonNode record, String rationale, boolean rebaseline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rationale", rationale);
        body.put("rebaseline", rebaseline);
        body.put("version", record.get("version").asLong());
        return json(body);
    }

    private JsonNode baselines(long project) {
        return Api.as(port, "pm").get("/api/v1/projects/" + project + "/baselines").json();
    }

    @Test
    void withinTheThresholdsThePmDecidesAndImplementingAScheduleChangeTakesANewBaseline() {
        long project = ChangeFixtures.project(port, people, "Change within", true);
        Api pm = Api.as(port, "pm");
        Api.Response raised = pm.post("/api/v1/projects/" + project + "/change-requests",
                json(request("Add an export", 5, 8000)));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        JsonNode draft = raised.json();
        long id = draft.get("id").asLong();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("routing").isNull()).isTrue();
        assertThat(draft.get("requestedBy").get("code").asString()).isEqualTo("pm");

        Map<String, Object> revised = request("Add a CSV export", 5, 9000.5);
        revised.put("version", draft.get("version").asLong());
        JsonNode revision = pm.put("/api/v1/change-requests/" + id, json(revised)).json();
        assertThat(revision.get("title").asString()).isEqualTo("Add a CSV export");
        assertThat(revision.get("costAmount").decimalValue()).isEqualByComparingTo("9000.5");
        // a draft is not decided, implemented: 409 naming its state and the act
        Api.Response early = pm.post("/api/v1/change-requests/" + id + "/approve", decision(revision, null, false));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(pm.post("/api/v1/change-requests/" + id + "/implement", version(revision)).status()).isEqualTo(409);

        JsonNode submitted = pm.post("/api/v1/change-requests/" + id + "/submit", version(revision)).json();
        assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("routing").asString()).isEqualTo("PROJECT");
        assertThat(submitted.get("decidable").asBoolean()).isTrue();
        revised.put("version", submitted.get("version").asLong());
        assertThat(pm.put("/api/v1/change-requests/" + id, json(revised)).status()).isEqualTo(409);
        assertThat(pm.post("/api/v1/change-requests/" + id + "/submit", version(submitted)).status()).isEqualTo(409);
        // a stale version is a 409 with the current one
        Api.Response stale = pm.post("/api/v1/change-requests/" + id + "/approve", decision(revision, null, false));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(submitted.get("version").asLong());

        JsonNode approved = pm.post("/api/v1/change-requests/" + id + "/approve",
                decision(submitted, "Small and useful", false)).json();
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedBy").asString()).isNotBlank();
        assertThat(approved.get("baselineNumber").isNull()).as("no re-baseline asked at approval").isTrue();
        assertThat(baselines(project)).isEmpty();
        assertThat(pm.post("/api/v1/change-requests/" + id + "/reject", decision(approved, "No", false)).status())
                .isEqualTo(409);

        JsonNode implemented = pm.post("/api/v1/change-requests/" + id + "/implement", version(approved)).json();
        assertThat(implemented.get("state").asString()).isEqualTo("IMPLEMENTED");
        assertThat(implemented.get("baselineNumber").asInt()).isZero();
        JsonNode saved = baselines(project);
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).get("name").asString()).isEqualTo("CR-" + id + " Add a CSV export");
        assertThat(pm.post("/api/v1/change-requests/" + id + "/implement", version(implemented)).status())
                .isEqualTo(409);

        // raised, revised, submitted, approved, implemented, re-baselined: each audited
        assertThat(audit.history("change-request", id)).hasSize(6);
        JsonNode log = pm.get("/api/v1/projects/" + project + "/change-requests").json();
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("state").asString()).isEqualTo("IMPLEMENTED");
    }

    @Test
    void aboveAThresholdOnlyTheSteeringCommitteeDecidesAndItsApprovalMovesTheBaseline() {
        long project = ChangeFixtures.project(port, people, "Change above", true);
        JsonNode submitted = ChangeFixtures.submitted(port, project, request("New regulator interface", 30, 20000));
        long id = submitted.get("id").asLong();
        assertThat(submitted.get("routing").asString()).isEqualTo("STEERING_COMMITTEE");
        assertThat(submitted.get("decidable").asBoolean()).as("the PM is not on the committee").isFalse();

        String awaiting = "/api/v1/change-requests?state=SUBMITTED&routing=STEERING_COMMITTEE";
        assertThat(ids(Api.as(port, "portfolio").get(awaiting).json())).contains(id);
        assertThat(ids(Api.as(port, "exec").get(awaiting).json())).contains(id);
        assertThat(ids(Api.as(port, "pm").get("/api/v1/change-requests?routing=PROJECT").json())).doesNotContain(id);
        assertThat(Api.as(port, "requester").get(awaiting).status()).isEqualTo(403);
        long portfolio = Api.as(port, "pm").get("/api/v1/projects/" + project).json().get("portfolio").get("id").asLong();
        assertThat(ids(Api.as(port, "exec").get("/api/v1/change-requests?portfolioId=" + portfolio).json()))
                .as("the portfolio's change log").containsExactly(id);

        // outside the route: 403 whatever is sent, nothing changed
        for (String outsider : List.of("pm", "member", "exec", "resource")) {
            for (String act : List.of("approve", "reject", "defer")) {
                assertThat(Api.as(port, outsider).post("/api/v1/change-requests/" + id + "/" + act, "{}").status())
                        .as(outsider + " " + act).isEqualTo(403);
            }
        }
        assertThat(Api.as(port, "pm").get("/api/v1/change-requests/" + id).json().get("state").asString())
                .isEqualTo("SUBMITTED");

        JsonNode approved = Api.as(port, "portfolio").post("/api/v1/change-requests/" + id + "/approve",
                decision(submitted, "The committee agrees", true)).json();
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("baselineNumber").asInt()).isZero();
        assertThat(baselines(project)).hasSize(1);
        assertThat(ids(Api.as(port, "portfolio").get(awaiting).json())).doesNotContain(id);

        // implemented after a re-baseline at approval: no second baseline
        JsonNode implemented = Api.as(port, "pm").post("/api/v1/change-requests/" + id + "/implement",
                version(approved)).json();
        assertThat(implemented.get("state").asString()).isEqualTo("IMPLEMENTED");
        assertThat(implemented.get("baselineNumber").asInt()).isZero();
        assertThat(baselines(project)).hasSize(1);

        // a second change moves the baseline on: the next free number
        JsonNode second = ChangeFixtures.submitted(port, project, request("Second regulator change", 25, 0));
        JsonNode secondApproved = Api.as(port, "pmo").post("/api/v1/change-requests/" + second.get("id").asLong()
                + "/approve", decision(second, null, true)).json();
        assertThat(secondApproved.get("baselineNumber").asInt()).isEqualTo(1);
        assertThat(baselines(project)).hasSize(2);
    }

    @Test
    void theCommitteeRejectsWithARationaleAndDefersARequestThatIsSubmittedAgain() {
        long project = ChangeFixtures.project(port, people, "Change rejected", false);
        JsonNode submitted = ChangeFixtures.submitted(port, project, request("Gold plating", 0, 75000));
        long id = submitted.get("id").asLong();
        Api committee = Api.as(port, "portfolio");
        assertThat(fields(committee.post("/api/v1/change-requests/" + id + "/reject", decision(submitted, " ", false))))
                .containsExactly("rationale");
        JsonNode deferred = committee.post("/api/v1/change-requests/" + id + "/defer",
                decision(submitted, "Next quarter", false)).json();
        assertThat(deferred.get("state").asString()).isEqualTo("DEFERRED");
        assertThat(committee.post("/api/v1/change-requests/" + id + "/approve", decision(deferred, null, false))
                .status()).isEqualTo(409);
        JsonNode again = Api.as(port, "pm").post("/api/v1/change-requests/" + id + "/submit", version(deferred)).json();
        assertThat(again.get("state").asString()).isEqualTo("SUBMITTED");
        JsonNode rejected = committee.post("/api/v1/change-requests/" + id + "/reject",
                decision(again, "Not worth the money", false)).json();
        assertThat(rejected.get("state").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("rationale").asString()).isEqualTo("Not worth the money");
        for (String act : List.of("submit", "approve", "defer", "implement")) {
            assertThat(Api.as(port, "pmo").post("/api/v1/change-requests/" + id + "/" + act, decision(rejected, "x",
                    false)).status()).as(act).isEqualTo(409);
        }
    }

    @Test
    void aScheduleChangeOnAPlanWhoseElevenBaselinesAreTakenIs422AndNothingIsStored() {
        long project = ChangeFixtures.project(port, people, "Change baselines full", true);
        for (int number = 0; number <= 10; number++) {
            assertThat(Api.as(port, "pm").put("/api/v1/projects/" + project + "/baselines/" + number,
                    "{\"name\": \"Kept " + number + "\"}").status()).isEqualTo(200);
        }
        JsonNode submitted = ChangeFixtures.submitted(port, project, request("Later go-live", 3, 100));
        long id = submitted.get("id").asLong();
        JsonNode approved = Api.as(port, "pm").post("/api/v1/change-requests/" + id + "/approve",
                decision(submitted, null, false)).json();
        Api.Response refused = Api.as(port, "pm").post("/api/v1/change-requests/" + id + "/implement",
                version(approved));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode after = Api.as(port, "pm").get("/api/v1/change-requests/" + id).json();
        assertThat(after.get("state").asString()).isEqualTo("APPROVED");
        assertThat(after.get("version").asLong()).isEqualTo(approved.get("version").asLong());
        assertThat(baselines(project)).hasSize(11)
                .allSatisfy(baseline -> assertThat(baseline.get("name").asString()).startsWith("Kept"));
    }

    @Test
    void badRequestsAre400NamingTheFieldNothingStoredAndOnlyWritersRaiseThem() {
        long project = ChangeFixtures.project(port, people, "Bad changes", false);
        String requests = "/api/v1/projects/" + project + "/change-requests";
        Api pm = Api.as(port, "pm");
        assertThat(fields(pm.post(requests, json(request(" ", 1, 1))))).containsExactly("title");
        Map<String, Object> noReason = request("No reason", 1, 1);
        noReason.put("reason", "");
        assertThat(fields(pm.post(requests, json(noReason)))).containsExactly("reason");
        assertThat(fields(pm.post(requests, json(request("Too late", 5000, 1))))).containsExactly("scheduleDays");
        assertThat(fields(pm.post(requests, json(request("Cents", 1, 10.123))))).containsExactly("costAmount");
        assertThat(fields(pm.post(requests, json(request("Huge", 1, 1e15))))).containsExactly("costAmount");
        Map<String, Object> missing = request("Missing", 1, 1);
        missing.remove("scheduleDays");
        missing.remove("costAmount");
        assertThat(fields(pm.post(requests, json(missing)))).containsExactlyInAnyOrder("scheduleDays", "costAmount");
        assertThat(pm.get(requests).json()).isEmpty();

        assertThat(Api.as(port, "exec").post(requests, json(request("Exec's", 1, 1))).status()).isEqualTo(403);
        assertThat(Api.as(port, "resource").post(requests, json(request("Resource's", 1, 1))).status()).isEqualTo(403);
        assertThat(Api.as(port, "requester").get(requests).status()).isEqualTo(403);
        assertThat(Api.as(port, "exec").get(requests).json()).isEmpty();
        assertThat(Api.as(port, "pm").get("/api/v1/change-requests/987654321").status()).isEqualTo(404);
    }

    @Test
    void thePmoKeepsTheThresholdsWhichRouteRequestsSubmittedAfterwards() {
        Api pmo = Api.as(port, "pmo");
        JsonNode before = pmo.get("/api/v1/change-thresholds").json();
        assertThat(Api.as(port, "pm").get("/api/v1/change-thresholds").status()).isEqualTo(200);
        assertThat(Api.as(port, "requester").get("/api/v1/change-thresholds").status()).isEqualTo(403);
        String lower = json(Map.of("costAmount", 10, "scheduleDays", 1, "version", before.get("version").asLong()));
        assertThat(Api.as(port, "portfolio").put("/api/v1/change-thresholds", lower).status()).isEqualTo(403);
        assertThat(fields(pmo.put("/api/v1/change-thresholds", json(Map.of("costAmount", -1, "scheduleDays", 1,
                "version", before.get("version").asLong()))))).containsExactly("costAmount");
        assertThat(fields(pmo.put("/api/v1/change-thresholds", json(Map.of("costAmount", 1, "scheduleDays", 9999,
                "version", before.get("version").asLong()))))).containsExactly("scheduleDays");
        JsonNode lowered = pmo.put("/api/v1/change-thresholds", lower).json();
        try {
            assertThat(pmo.put("/api/v1/change-thresholds", lower).status()).as("stale").isEqualTo(409);
            long project = ChangeFixtures.project(port, people, "Change lowered", false);
            assertThat(ChangeFixtures.submitted(port, project, request("Tiny", 2, 5)).get("routing").asString())
                    .isEqualTo("STEERING_COMMITTEE");
        } finally {
            Api.Response restored = pmo.put("/api/v1/change-thresholds", json(Map.of("costAmount",
                    before.get("costAmount").decimalValue(), "scheduleDays", before.get("scheduleDays").asInt(),
                    "version", lowered.get("version").asLong())));
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        }
        assertThat(audit.history("change-threshold", 1)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theDemoOrganisationHasAnApprovedChangeThatReBaselinedAPlanARejectedOneAQualityReviewAndLessons() {
        Api pmo = Api.as(port, "pmo");
        JsonNode all = pmo.get("/api/v1/change-requests").json();
        JsonNode approved = null;
        boolean rejected = false;
        for (JsonNode request : all) {
            String title = request.get("title").asString();
            if (title.equals("Add the regulator's reporting interface")) approved = request;
            if (title.equals("Redesign the customer portal")) rejected = request.get("state").asString().equals("REJECTED");
        }
        assertThat(approved).as("the demo's approved change").isNotNull();
        assertThat(approved.get("state").asString()).isEqualTo("IMPLEMENTED");
        assertThat(approved.get("routing").asString()).isEqualTo("STEERING_COMMITTEE");
        int number = approved.get("baselineNumber").asInt();
        JsonNode baselines = baselines(approved.get("projectId").asLong());
        boolean traced = false;
        for (JsonNode baseline : baselines) {
            traced |= baseline.get("number").asInt() == number
                    && baseline.get("name").asString().startsWith("CR-" + approved.get("id").asLong());
        }
        assertThat(traced).as("the baseline the change took").isTrue();
        assertThat(rejected).isTrue();

        JsonNode lessons = pmo.get("/api/v1/lessons?text=integration%20kit%20three%20weeks%20late").json();
        assertThat(lessons).hasSize(1);
        boolean reviewed = false;
        for (JsonNode lesson : pmo.get("/api/v1/lessons").json()) {
            for (JsonNode review : pmo.get("/api/v1/projects/" + lesson.get("projectId").asLong()
                    + "/quality-reviews").json()) {
                reviewed |= review.get("summary").asString("").startsWith("Quarterly health check")
                        && review.get("findings").size() == 2 && review.get("findings").get(1).get("closed").asBoolean();
            }
        }
        assertThat(reviewed).as("the demo's quality review with findings and actions").isTrue();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }
}
