package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.change.ChangeFixtures;
import org.lodestar.change.ChangeRequestApproved;
import org.lodestar.change.ChangeRouting;
import org.lodestar.intake.RequestConverted;
import org.lodestar.intake.RequestId;
import org.lodestar.platform.People;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Budgets fed by durable events: approved change requests and converted requests (issue 17). */
class BudgetFeedsIntegrationTests extends PageTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    People people;

    @Autowired
    BudgetFeeds feeds;

    @Autowired
    TransactionTemplate transaction;

    private JsonNode budget(long project) {
        return Api.as(port, "pmo").get("/api/v1/projects/" + project + "/budget").json();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json();
    }

    private static String version(JsonNode record) {
        return "{\"version\": " + record.get("version").asLong() + "}";
    }

    @Test
    void anApprovedChangeRequestsCostBecomesAnApprovedChangeOfTheBudgetOnceEvenWhenHeardTwice() {
        long project = ChangeFixtures.project(port, people, "Fed by a change", false);
        Api pm = Api.as(port, "pm");
        ok(pm.post("/api/v1/projects/" + project + "/budget-lines",
                "{\"category\":\"labour-opex\",\"month\":\"2026-03\",\"kind\":\"ORIGINAL\",\"amount\":50000}"));
        JsonNode submitted = ChangeFixtures.submitted(port, project, ChangeFixtures.request("More scope", 0, 7500.25));
        long id = submitted.get("id").asLong();
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("rationale", "Worth it");
        decision.put("rebaseline", false);
        decision.put("version", submitted.get("version").asLong());
        ok(pm.post("/api/v1/change-requests/" + id + "/approve", ProjectFixtures.json(decision)));

        await().atMost(PATIENCE).until(() -> budget(project).get("lines").size() == 2);
        JsonNode budget = budget(project);
        assertThat(budget.get("original").decimalValue()).isEqualByComparingTo("50000");
        assertThat(budget.get("approvedChanges").decimalValue()).isEqualByComparingTo("7500.25");
        assertThat(budget.get("current").decimalValue()).isEqualByComparingTo("57500.25");
        JsonNode change = budget.get("lines").get(1);
        assertThat(change.get("kind").asString()).isEqualTo("APPROVED_CHANGE");
        assertThat(change.get("note").asString()).isEqualTo("CR-" + id);
        assertThat(change.get("month").asString()).isEqualTo(YearMonth.now(ZoneOffset.UTC).toString());
        assertThat(Api.as(port, "pmo").get("/api/v1/audit?entityType=budget-line&entityId="
                + change.get("id").asLong()).json().get("total").asLong()).isEqualTo(1);

        // the registry delivers again after a crash: the same event adds nothing
        transaction.executeWithoutResult(status -> feeds.on(new ChangeRequestApproved(new ProjectId(project), id,
                ChangeRouting.PROJECT, new java.math.BigDecimal("7500.25"), 0, null)));
        assertThat(budget(project).get("lines")).hasSize(2);
    }

    @Test
    void aChangeRequestWithoutCostLeavesTheBudgetAsItWas() {
        long project = ChangeFixtures.project(port, people, "No cost change", false);
        transaction.executeWithoutResult(status -> feeds.on(new ChangeRequestApproved(new ProjectId(project), 1L,
                ChangeRouting.PROJECT, java.math.BigDecimal.ZERO, 3, null)));
        assertThat(budget(project).get("lines")).isEmpty();
    }

    @Test
    void aConvertedRequestsCostPerQuarterBecomesItsProjectsFirstBudgetOnce() {
        Api requester = Api.as(port, "requester");
        Api pmo = Api.as(port, "pmo");
        JsonNode request = ok(requester.post("/api/v1/requests", """
                {"typeId": 1, "title": "Budgeted request", "portfolioId": 1, "category": "Digital", "budget": 90000,
                 "values": {"problem": "A problem", "outcome": "An outcome", "urgency": "intake.default.choice.medium"}}
                """));
        long id = request.get("id").asLong();
        request = ok(requester.put("/api/v1/requests/" + id + "/financials", """
                {"discountRatePercent": 8, "quarters": [{"cost": 30000, "benefit": 0}, {"cost": 10000.01, "benefit": 0},
                 {"cost": 0, "benefit": 50000}], "demands": [], "version": %d}
                """.formatted(request.get("version").asLong())));
        request = ok(requester.post("/api/v1/requests/" + id + "/submit", version(request)));
        request = ok(pmo.post("/api/v1/requests/" + id + "/screen", version(request)));
        request = ok(pmo.post("/api/v1/requests/" + id + "/evaluate", version(request)));
        request = ok(pmo.post("/api/v1/requests/" + id + "/approve",
                "{\"reason\": \"Funded\", \"date\": \"%s\", \"version\": %d}"
                        .formatted(LocalDate.now(), request.get("version").asLong())));
        request = ok(pmo.post("/api/v1/requests/" + id + "/convert",
                "{\"portfolioId\": 1, \"customFields\": {\"risk_level\": \"Low\"}, \"version\": %d}"
                        .formatted(request.get("version").asLong())));
        long project = request.get("projectId").asLong();

        await().atMost(PATIENCE).until(() -> budget(project).get("lines").size() == 6);
        JsonNode budget = budget(project);
        assertThat(budget.get("original").decimalValue()).isEqualByComparingTo("40000.01");
        assertThat(budget.get("approvedChanges").decimalValue()).isZero();
        YearMonth conversion = YearMonth.now(ZoneOffset.UTC);
        YearMonth quarter = conversion.minusMonths((conversion.getMonthValue() - 1) % 3);
        assertThat(budget.get("lines").get(0).get("month").asString()).isEqualTo(quarter.toString());
        assertThat(budget.get("lines").get(0).get("amount").decimalValue()).isEqualByComparingTo("10000");
        assertThat(budget.get("lines").get(5).get("month").asString()).isEqualTo(quarter.plusMonths(5).toString());
        assertThat(budget.get("lines").get(5).get("amount").decimalValue()).as("the quarter's rest in its last month")
                .isEqualByComparingTo("3333.35");

        transaction.executeWithoutResult(status -> feeds.on(new RequestConverted(new RequestId(id),
                new ProjectId(project))));
        assertThat(budget(project).get("lines")).hasSize(6);
    }
}
