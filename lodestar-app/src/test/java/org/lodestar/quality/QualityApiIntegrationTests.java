package org.lodestar.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.People;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Quality reviews and lessons learned through the API: acts, rights, bad input and the search. */
class QualityApiIntegrationTests extends IntegrationTestSupport {

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

    static Map<String, Object> review(String date, int score) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("reviewDate", date);
        review.put("summary", "Health check");
        review.put("criteria", List.of(Map.of("name", "Plan up to date", "weight", 3, "score", score),
                Map.of("name", "Risks reviewed", "weight", 1, "score", 1, "comment", "Not since March")));
        return review;
    }

    private static String version(JsonNode record) {
        return "{\"version\": " + record.get("version").asLong() + "}";
    }

    @Test
    void thePmoReviewsAProjectItsPmCompletesTheActionAndThePmoClosesFindingAndReview() {
        long project = ChangeFixtures.project(port, people, "Quality reviewed", false);
        Api pmo = Api.as(port, "pmo");
        Api pm = Api.as(port, "pm");
        String reviews = "/api/v1/projects/" + project + "/quality-reviews";
        assertThat(pm.post(reviews, json(review("2026-06-01", 5))).status()).as("the PM does not review").isEqualTo(403);
        assertThat(Api.as(port, "portfolio").post(reviews, json(review("2026-06-01", 5))).status()).isEqualTo(403);
        Api.Response held = pmo.post(reviews, json(review("2026-06-01", 5)));
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        JsonNode review = held.json();
        long id = review.get("id").asLong();
        assertThat(review.get("score").asInt()).isEqualTo(80);
        assertThat(review.get("reviewer").get("code").asString()).isEqualTo("pmo");
        assertThat(review.get("state").asString()).isEqualTo("OPEN");

        long pmId = ChangeFixtures.personId(people, "pm");
        Map<String, Object> finding = new LinkedHashMap<>(Map.of("description", "Risks not reviewed monthly",
                "severity", "HIGH", "action", "Review the register every month", "actionOwnerId", pmId,
                "actionDue", "2026-07-01", "version", review.get("version").asLong()));
        assertThat(pm.post("/api/v1/quality-reviews/" + id + "/findings", json(finding)).status()).isEqualTo(403);
        JsonNode found = pmo.post("/api/v1/quality-reviews/" + id + "/findings", json(finding)).json();
        assertThat(found.get("findings").get(0).get("actionOwner").get("code").asString()).isEqualTo("pm");

        // closing a finding before its corrective action is done: 409, nothing stored
        Api.Response early = pmo.post("/api/v1/quality-reviews/" + id + "/findings/0/close", version(found));
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        Api.Response closeEarly = pmo.post("/api/v1/quality-reviews/" + id + "/close", version(found));
        assertThat(closeEarly.status()).isEqualTo(409);
        assertThat(closeEarly.json().get("openFindings").asInt()).isEqualTo(1);
        assertThat(Api.as(port, "exec").post("/api/v1/quality-reviews/" + id + "/findings/0/complete-action",
                version(found)).status()).isEqualTo(403);

        JsonNode done = pm.post("/api/v1/quality-reviews/" + id + "/findings/0/complete-action", version(found)).json();
        assertThat(done.get("findings").get(0).get("actionDone").asBoolean()).isTrue();
        assertThat(pm.post("/api/v1/quality-reviews/" + id + "/findings/0/close", version(done)).status())
                .as("the PM does not close findings").isEqualTo(403);
        assertThat(pmo.post("/api/v1/quality-reviews/" + id + "/findings/0/close", version(found)).status())
                .as("stale").isEqualTo(409);
        assertThat(pmo.post("/api/v1/quality-reviews/" + id + "/findings/5/close", version(done)).status())
                .isEqualTo(404);
        JsonNode closedFinding = pmo.post("/api/v1/quality-reviews/" + id + "/findings/0/close", version(done)).json();
        JsonNode closed = pmo.post("/api/v1/quality-reviews/" + id + "/close", version(closedFinding)).json();
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(pmo.post("/api/v1/quality-reviews/" + id + "/close", version(closed)).status()).isEqualTo(409);

        assertThat(audit.history("quality-review", id)).hasSize(5);
        assertThat(Api.as(port, "exec").get(reviews).json()).hasSize(1);
        assertThat(Api.as(port, "requester").get(reviews).status()).isEqualTo(403);
    }

    @Test
    void badReviewsAndFindingsAre400NamingTheField() {
        long project = ChangeFixtures.project(port, people, "Quality bad input", false);
        Api pmo = Api.as(port, "pmo");
        String reviews = "/api/v1/projects/" + project + "/quality-reviews";
        Map<String, Object> noDate = review("2026-06-01", 4);
        noDate.remove("reviewDate");
        assertThat(fields(pmo.post(reviews, json(noDate)))).containsExactly("reviewDate");
        assertThat(fields(pmo.post(reviews, json(review("2026-06-01", 6))))).containsExactly("criteria[0].score");
        Map<String, Object> none = review("2026-06-01", 4);
        none.put("criteria", List.of());
        assertThat(fields(pmo.post(reviews, json(none)))).containsExactly("criteria");
        Map<String, Object> nobody = review("2026-06-01", 4);
        nobody.put("reviewerId", 987_654_321L);
        assertThat(fields(pmo.post(reviews, json(nobody)))).containsExactly("reviewerId");
        assertThat(pmo.get(reviews).json()).isEmpty();

        JsonNode review = pmo.post(reviews, json(review("2026-06-01", 4))).json();
        String findings = "/api/v1/quality-reviews/" + review.get("id").asLong() + "/findings";
        Map<String, Object> finding = new LinkedHashMap<>(Map.of("description", "No plan", "action", "Plan",
                "version", review.get("version").asLong()));
        assertThat(fields(pmo.post(findings, json(finding)))).containsExactly("severity");
        finding.put("severity", "HIGH");
        finding.put("action", " ");
        assertThat(fields(pmo.post(findings, json(finding)))).containsExactly("action");
        assertThat(pmo.get("/api/v1/quality-reviews/" + review.get("id").asLong()).json().get("findings")).isEmpty();
    }

    @Test
    void lessonsAreRecordedByTheProjectsEditorsAndSearchedAcrossProjectsByTextAndCategory() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long first = ChangeFixtures.project(port, people, "Lessons one", false);
        long second = ChangeFixtures.project(port, people, "Lessons two", false);
        Api pm = Api.as(port, "pm");
        Map<String, Object> lesson = new LinkedHashMap<>(Map.of("category", "Suppliers", "phase", "Execution",
                "whatHappened", "The vendor " + tag + " shipped late", "recommendation", "Add penalties"));
        Api.Response recorded = pm.post("/api/v1/projects/" + first + "/lessons", json(lesson));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        lesson.put("category", "Testing");
        lesson.put("whatHappened", "Tests " + tag + " started too late");
        assertThat(Api.as(port, "pmo").post("/api/v1/projects/" + second + "/lessons", json(lesson)).status())
                .isEqualTo(201);

        assertThat(Api.as(port, "exec").post("/api/v1/projects/" + first + "/lessons", json(lesson)).status())
                .isEqualTo(403);
        Map<String, Object> bad = new LinkedHashMap<>(lesson);
        bad.put("recommendation", "");
        assertThat(fields(pm.post("/api/v1/projects/" + first + "/lessons", json(bad)))).containsExactly("recommendation");
        bad = new LinkedHashMap<>(lesson);
        bad.put("category", "x".repeat(41));
        assertThat(fields(pm.post("/api/v1/projects/" + first + "/lessons", json(bad)))).containsExactly("category");
        assertThat(pm.get("/api/v1/projects/" + first + "/lessons").json()).hasSize(1);

        Api exec = Api.as(port, "exec");
        assertThat(exec.get("/api/v1/lessons?text=" + tag).json()).hasSize(2);
        JsonNode suppliers = exec.get("/api/v1/lessons?text=" + tag.toUpperCase() + "&category=suppliers").json();
        assertThat(suppliers).hasSize(1);
        assertThat(suppliers.get(0).get("projectId").asLong()).isEqualTo(first);
        assertThat(exec.get("/api/v1/lessons?text=" + tag + "%25").json()).as("% is text, not a wildcard").isEmpty();
        assertThat(exec.get("/api/v1/lessons?text=" + "y".repeat(201)).status()).isEqualTo(400);
        assertThat(Api.as(port, "requester").get("/api/v1/lessons").status()).isEqualTo(403);
    }
}
