package org.lodestar.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.governance.GovernanceFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Benefits through the API: planning and its refusals, measurements and realisation by hand, the hand-over when the
 * project closes, benefits at risk in the roll-up, and who may do what.
 */
class BenefitsIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    private static Map<String, Object> plan(String title, double baseline, String baselineDate, double target,
                                            String targetDate) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", title);
        plan.put("type", "EFFICIENCY");
        plan.put("measure", "Invoices per clerk per day");
        plan.put("baselineValue", baseline);
        plan.put("baselineDate", baselineDate);
        plan.put("targetValue", target);
        plan.put("targetDate", targetDate);
        return plan;
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String measurement(String day, double value, long version) {
        return json(Map.of("measuredOn", day, "value", value, "version", version));
    }

    @Test
    void theProjectsEditorsPlanAndMeasureAndEachValueIsItsShareOfTheWayToTheTarget() {
        long project = GovernanceFixtures.project(port, "Benefits planned " + System.nanoTime(), "EXECUTION");
        Api pm = Api.as(port, "pm");
        String benefits = "/api/v1/projects/" + project + "/benefits";

        // bad plans: 400 naming each field, nothing stored
        assertThat(fields(pm.post(benefits, json(plan("Same", 40, "2026-01-01", 40, "2027-01-01")))))
                .containsExactly("targetValue");
        assertThat(fields(pm.post(benefits, json(plan("Backwards", 40, "2026-01-01", 60, "2026-01-01")))))
                .containsExactly("targetDate");
        Map<String, Object> noTitle = plan(" ", 40, "2026-01-01", 60, "2027-01-01");
        noTitle.remove("type");
        assertThat(fields(pm.post(benefits, json(noTitle)))).containsExactlyInAnyOrder("title", "type");
        assertThat(pm.get(benefits).json()).isEmpty();

        // rights: a team member and an executive read it, neither plans; a requester does not read it
        assertThat(Api.as(port, "exec").post(benefits, json(plan("No", 1, "2026-01-01", 2, "2027-01-01"))).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "exec").get(benefits).status()).isEqualTo(200);
        assertThat(Api.as(port, "requester").get(benefits).status()).isEqualTo(403);

        // from 40 to 60 invoices a day, 2024-01-01 to 2025-01-01
        Api.Response planned = pm.post(benefits, json(plan("Faster invoicing", 40, "2024-01-01", 60, "2025-01-01")));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        JsonNode benefit = planned.json();
        long id = benefit.get("id").asLong();
        assertThat(benefit.get("state").asString()).isEqualTo("PLANNED");
        assertThat(benefit.get("latestRealisation").isNull()).isTrue();

        // a measurement before the baseline date or in the future: 400 naming the day, nothing stored
        String measurements = "/api/v1/benefits/" + id + "/measurements";
        long version = benefit.get("version").asLong();
        assertThat(fields(pm.post(measurements, measurement("2023-12-31", 41, version)))).containsExactly("measuredOn");
        assertThat(fields(pm.post(measurements, measurement(LocalDate.now().plusDays(1).toString(), 41, version))))
                .containsExactly("measuredOn");
        assertThat(pm.get("/api/v1/benefits/" + id).json().get("measurements")).isEmpty();

        // 45 is a quarter of the way; then 55 three quarters, recorded before a later one of 50: the latest by day counts
        benefit = ok(pm.post(measurements, measurement("2024-04-01", 45, version)));
        assertThat(benefit.get("latestRealisation").asDouble()).isCloseTo(25.0, within(1e-9));
        benefit = ok(pm.post(measurements, measurement("2024-10-01", 50, benefit.get("version").asLong())));
        benefit = ok(pm.post(measurements, measurement("2024-07-01", 55, benefit.get("version").asLong())));
        assertThat(benefit.get("latestRealisation").asDouble()).as("50 measured last by day").isCloseTo(50.0, within(1e-9));
        List<Double> realisations = new ArrayList<>();
        benefit.get("measurements").forEach(m -> realisations.add(m.get("realisation").asDouble()));
        assertThat(realisations).containsExactly(25.0, 75.0, 50.0);
        assertThat(benefit.get("expectedRealisation").asDouble()).as("past the target date").isEqualTo(100.0);
        assertThat(benefit.get("atRisk").asBoolean()).as("50 points behind 100").isTrue();

        // a benefit that falls: from 12 findings to 2; 7 is half way
        JsonNode falling = ok(pm.post(benefits, json(plan("Fewer findings", 12, "2024-01-01", 2, "2025-01-01"))));
        falling = ok(pm.post("/api/v1/benefits/" + falling.get("id").asLong() + "/measurements",
                measurement("2024-06-01", 7, falling.get("version").asLong())));
        assertThat(falling.get("latestRealisation").asDouble()).isCloseTo(50.0, within(1e-9));

        // the roll-up lists the one at risk; the project's health counts it
        JsonNode rollUp = Api.as(port, "pmo").get("/api/v1/benefits").json();
        List<Long> atRisk = new ArrayList<>();
        rollUp.get("atRisk").forEach(b -> atRisk.add(b.get("id").asLong()));
        assertThat(atRisk).contains(id);
        assertThat(Api.as(port, "pm").get("/api/v1/benefits").status()).as("the roll-up is the PMO's view").isEqualTo(403);

        // a benefit realised by its latest day, then measured low on an earlier day: the latest day counts, not the
        // latest recorded, so it is not at risk and the project's health counts the other two
        JsonNode queues = ok(pm.post(benefits, json(plan("Shorter queues", 0, "2024-01-01", 100, "2025-01-01"))));
        String queueMeasurements = "/api/v1/benefits/" + queues.get("id").asLong() + "/measurements";
        queues = ok(pm.post(queueMeasurements, measurement("2024-12-01", 100, queues.get("version").asLong())));
        queues = ok(pm.post(queueMeasurements, measurement("2024-06-01", 10, queues.get("version").asLong())));
        assertThat(queues.get("atRisk").asBoolean()).isFalse();
        JsonNode indicator = null;
        for (JsonNode each : pm.get("/api/v1/projects/" + project + "/health").json().get("indicators")) {
            if (each.get("key").asString().equals("benefits.atRisk")) indicator = each;
        }
        assertThat(indicator).as("the benefits indicator is measured").isNotNull();
        assertThat(indicator.get("value").asDouble()).isEqualTo(2.0);
        assertThat(indicator.get("inputs").get(0).get("value").asString()).as("benefits counted").isEqualTo("3");
    }

    @Test
    void closingTheProjectHandsItsPlannedBenefitsOverAndTheOwnerMeasuresThem() throws Exception {
        long project = GovernanceFixtures.project(port, "Benefits handed over " + System.nanoTime(), "CLOSING");
        Api pm = Api.as(port, "pm");
        Api pmo = Api.as(port, "pmo");
        long resource = -1;
        for (JsonNode person : pmo.get("/api/v1/users").json()) {
            if (person.get("username").asString().equals("resource")) resource = person.get("id").asLong();
        }
        Map<String, Object> owned = plan("Owned by the resource manager", 0, LocalDate.now().minusMonths(2).toString(),
                100, LocalDate.now().plusMonths(10).toString());
        owned.put("ownerId", resource);
        long id = ok(pm.post("/api/v1/projects/" + project + "/benefits", json(owned))).get("id").asLong();

        JsonNode view = pmo.get("/api/v1/projects/" + project).json();
        Api.Response closed = pmo.post("/api/v1/projects/" + project + "/close",
                "{\"version\": " + view.get("version").asLong() + "}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonNode benefit = null;
        for (int i = 0; i < 100; i++) {
            benefit = pm.get("/api/v1/benefits/" + id).json();
            if (benefit.get("state").asString().equals("HANDED_OVER")) break;
            Thread.sleep(100);
        }
        assertThat(benefit.get("state").asString()).isEqualTo("HANDED_OVER");
        assertThat(benefit.get("handedOverOn").asString()).isEqualTo(LocalDate.now().toString());
        Api.Response again = pm.post("/api/v1/benefits/" + id + "/hand-over",
                "{\"version\": " + benefit.get("version").asLong() + "}");
        assertThat(again.status()).as("handed over once").isEqualTo(409);
        assertThat(pm.put("/api/v1/benefits/" + id, json(plan("Replanned", 0, "2026-01-01", 1, "2027-01-01"))).status())
                .as("a handed-over benefit keeps its plan").isIn(400, 409);

        // its owner measures it (not an editor of the project), a team member does not
        Api.Response byOwner = Api.as(port, "resource").post("/api/v1/benefits/" + id + "/measurements",
                measurement(LocalDate.now().toString(), 10, benefit.get("version").asLong()));
        assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(200);
        assertThat(Api.as(port, "member").post("/api/v1/benefits/" + id + "/measurements",
                measurement(LocalDate.now().toString(), 10, byOwner.json().get("version").asLong())).status())
                .isEqualTo(403);
    }

    @Test
    void theDemoHasBenefitsOfClosedProjectsWithMeasurements() {
        JsonNode rollUp = Api.as(port, "pmo").get("/api/v1/benefits").json();
        int handedOver = 0;
        for (JsonNode line : rollUp.get("portfolios")) handedOver += line.get("handedOver").asInt();
        assertThat(handedOver).isGreaterThanOrEqualTo(3);
        assertThat(rollUp.get("atRisk")).as("every other closed project's benefits trail behind").isNotEmpty();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }
}
