package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.finance.EarnedValueIntegrationTests.indicator;
import static org.lodestar.finance.EarnedValueIntegrationTests.plannedProject;
import static org.lodestar.finance.EarnedValueIntegrationTests.portfolio;
import static org.lodestar.finance.EarnedValueIntegrationTests.taskId;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.finance.internal.EarnedValuePositionStore;
import org.lodestar.platform.IdList;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored earned value positions ({@link EarnedValuePositions}): computed health reads a project's stored position
 * while nothing it was computed from has changed, and computes it again after a change to any of its inputs. A
 * stored position is altered in SQL to a value no input gives (costs of 60,000): reading the altered value shows
 * that the stored row was read; reading the computed one after a change shows that the row was not.
 */
class EarnedValuePositionsIntegrationTests extends PageTestSupport {

    private static final double ALTERED_COSTS = 60_000;

    @Autowired
    EarnedValuePositions positions;

    @Autowired
    EarnedValuePositionStore store;

    @Autowired
    EarnedValues earnedValues;

    @Autowired
    JdbcClient jdbc;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Stores the project's position afresh, then alters it as the class comment says. */
    private void storeAndAlter(long project) {
        jdbc.sql("delete from earned_value_position where project = :p").param("p", project).update();
        positions.refresh();
        assertThat(stored(project)).as("stored by the refresh").isNotNull();
        assertThat(jdbc.sql("update earned_value_position set ac = :ac where project = :p").param("ac", ALTERED_COSTS)
                .param("p", project).update()).isEqualTo(1);
        assertThat(read(project, today()).ac()).as("the stored position is read").isEqualTo(ALTERED_COSTS);
    }

    private EarnedValuePositionStore.Stored stored(long project) {
        List<EarnedValuePositionStore.Tracked> budgeted = store.tracked(IdList.of(List.of(project)), true);
        assertThat(budgeted).hasSize(1);
        return budgeted.get(0).stored();
    }

    private EarnedValue read(long project, LocalDate day) {
        List<EarnedValuePositions.Measured> measured = positions.budgeted(List.of(project), day);
        assertThat(measured).hasSize(1);
        return measured.get(0).value();
    }

    /** The position read equals the one computed now from the inputs, not the altered one. */
    private void assertComputedAgain(long project, String change) {
        EarnedValue computed = earnedValues.position(project, today()).result().position();
        assertThat(computed.ac()).as(change).isNotEqualTo(ALTERED_COSTS);
        assertThat(read(project, today())).as(change).isEqualTo(computed);
    }

    @Test
    void healthReadsTheStoredPositionUntilAnyOfItsInputsChanges() {
        Api pmo = Api.as(port, "pmo");
        long project = plannedProject(pmo, portfolio(pmo), "EUR", "30000", "20000");   // CPI 0.75
        storeAndAlter(project);
        EarnedValuePositionStore.Stored kept = stored(project);
        assertThat(kept.datedOn()).as("dated by the plan's status date").isNull();
        assertThat(kept.statusDate()).isEqualTo(LocalDate.parse("2027-03-31"));
        assertThat(kept.rates()).as("no assignment weighs the tasks").isNull();
        assertThat(indicator(pmo, project, "finance.costPerformance").get("value").asDouble())
                .as("computed health reads the stored position: CPI 15,000 / 60,000").isEqualTo(75.0);
        assertThat(read(project, today().plusDays(3)).ac()).as("the status date dates it, not the day")
                .isEqualTo(ALTERED_COSTS);

        String plan = "/api/v1/projects/" + project + "/plan";
        long build = taskId(pmo, project, 1);
        Map<String, Runnable> changes = new LinkedHashMap<>();
        changes.put("a budget line", () -> assertThat(pmo.post("/api/v1/projects/" + project + "/budget-lines", """
                {"category": "labour-opex", "month": "2027-02", "kind": "ORIGINAL", "amount": 1000}""")
                .status()).isEqualTo(201));
        changes.put("an actual cost", () -> assertThat(pmo.post("/api/v1/projects/" + project
                + "/actual-costs/import", ProjectFixtures.json(Map.of(
                "csv", "Voucher,Posted,Amount,Category\nEV-2,2027-02-26,500,labour-opex\n",
                "mapping", Map.of("date", "Posted", "amount", "Amount", "category", "Category",
                        "reference", "Voucher")))).status()).isEqualTo(201));
        changes.put("an earning method", () -> assertThat(pmo.put("/api/v1/projects/" + project + "/tasks/" + build
                + "/earning-method", "{\"method\":\"ZERO_HUNDRED\"}").status()).isEqualTo(200));
        changes.put("progress", () -> assertThat(pmo.send("PATCH", plan + "/tasks/" + build,
                "{\"percentComplete\":\"60\"}").status()).isEqualTo(200));
        changes.put("a baseline", () -> assertThat(pmo.put("/api/v1/projects/" + project + "/baselines/1",
                "{\"name\":\"Second\"}").status()).isEqualTo(200));
        changes.put("a calendar of the project", () -> assertThat(pmo.post("/api/v1/calendars", """
                {"name":"Positions calendar","projectId":%d,"week":[
                  {"day":"MONDAY","hours":[{"from":"08:00","to":"16:00"}]}]}""".formatted(project)).status())
                .isEqualTo(201));
        changes.put("a holiday in the organisation's calendar", () -> {
            JsonNode organisation = StreamSupport.stream(pmo.get("/api/v1/calendars").json().spliterator(), false)
                    .filter(calendar -> calendar.get("projectId").isNull()).findFirst().orElseThrow();
            ObjectNode command = (ObjectNode) organisation.deepCopy();
            command.remove(List.of("id", "editable"));
            ((ArrayNode) command.get("exceptions")).addObject().put("name", "Positions holiday")
                    .put("from", "2091-12-24").put("to", "2091-12-24").putArray("hours");
            assertThat(pmo.put("/api/v1/calendars/" + organisation.get("id").asLong(), command.toString()).status())
                    .isEqualTo(200);
        });
        changes.put("an exchange rate", () -> assertThat(pmo.post("/api/v1/finance/exchange-rates",
                ProjectFixtures.json(Map.of("from", "EUR", "to", "NOK", "validFrom", "2091-01-01", "rate", 11.5)))
                .status()).isEqualTo(201));
        changes.put("the project's currency", () -> {
            ObjectNode command = ProjectFixtures.commandFrom(
                    pmo.get("/api/v1/projects/" + project).json());
            command.put("currency", "USD");
            assertThat(pmo.put("/api/v1/projects/" + project, command.toString()).status()).isEqualTo(200);
        });
        changes.forEach((change, act) -> {
            storeAndAlter(project);
            act.run();
            assertComputedAgain(project, change);
        });
    }

    @Test
    void withoutAStatusDateAPositionIsReadOnlyOnTheDayItWasComputedFor() {
        Api pmo = Api.as(port, "pmo");
        long project = pmo.post("/api/v1/projects", ProjectFixtures.json(ProjectFixtures.newProject(
                "Positions undated", portfolio(pmo)))).json().get("id").asLong();
        assertThat(pmo.put("/api/v1/projects/" + project + "/plan", """
                {"start": "2027-01-04", "tasks": [{"key": "d", "name": "Design", "duration": "10d"}]}""").status())
                .isEqualTo(200);
        assertThat(pmo.post("/api/v1/projects/" + project + "/budget-lines", """
                {"category": "labour-opex", "month": "2027-01", "kind": "ORIGINAL", "amount": 30000}""")
                .status()).isEqualTo(201);
        storeAndAlter(project);
        assertThat(stored(project).datedOn()).isEqualTo(today());

        EarnedValue tomorrow = read(project, today().plusDays(1));

        assertThat(tomorrow.ac()).as("computed for the next day").isNotEqualTo(ALTERED_COSTS);
        assertThat(tomorrow).isEqualTo(earnedValues.position(project, today().plusDays(1)).result().position());
    }

    @Test
    void aPositionWeighedByAssignmentsIsComputedAgainWhenAResourcesRateChanges() {
        Api pmo = Api.as(port, "pmo");
        Api manager = Api.as(port, "resource");
        long project = plannedProject(pmo, portfolio(pmo), "EUR", "30000", "20000");
        JsonNode registered = manager.post("/api/v1/resources", ProjectFixtures.json(Map.of("kind", "ROLE",
                "name", "Positions engineer " + System.nanoTime()))).json();
        long resource = registered.get("id").asLong();
        JsonNode rated = manager.post("/api/v1/resources/" + resource + "/rates", ProjectFixtures.json(Map.of(
                "version", registered.get("version").asLong(), "effectiveFrom", "2026-01-01", "amount", 80,
                "currency", "EUR"))).json();
        assertThat(pmo.post("/api/v1/projects/" + project + "/plan/tasks/" + taskId(pmo, project, 1)
                + "/assignments", ProjectFixtures.json(Map.of("resource", resource, "units", 100))).status())
                .isEqualTo(201);
        storeAndAlter(project);
        assertThat(stored(project).rates()).as("the assignment's rate weighs the task").isNotNull();

        assertThat(manager.post("/api/v1/resources/" + resource + "/rates", ProjectFixtures.json(Map.of(
                "version", rated.get("version").asLong(), "effectiveFrom", "2026-06-01", "amount", 95,
                "currency", "EUR"))).status()).isEqualTo(200);

        assertComputedAgain(project, "a resource's rate");
    }

    @Test
    void theRollUpFromStoredPositionsEqualsTheRollUpComputedAndReadsThemWhileTheyAreTrue() {
        Api pmo = Api.as(port, "pmo");
        long portfolio = portfolio(pmo);
        long usd = plannedProject(pmo, portfolio, "USD", "30000", "20000");
        long euros = plannedProject(pmo, portfolio, "EUR", "50000", "10000");
        long costsOnly = pmo.post("/api/v1/projects", ProjectFixtures.json(ProjectFixtures.newProject(
                "Positions costs only", portfolio))).json().get("id").asLong();
        assertThat(pmo.post("/api/v1/projects/" + costsOnly + "/actual-costs/import", ProjectFixtures.json(Map.of(
                "csv", "Voucher,Posted,Amount,Category\nEV-9,2027-02-10,700,labour-opex\n",
                "mapping", Map.of("date", "Posted", "amount", "Amount", "category", "Category",
                        "reference", "Voucher")))).status()).isEqualTo(201);
        String rollup = "/api/v1/finance/earned-value?portfolioId=" + portfolio + "&currency=EUR&sort=cpi";
        jdbc.sql("delete from earned_value_position where project in (:p)").param("p", List.of(usd, euros, costsOnly))
                .update();
        Api.Response computed = pmo.get(rollup);
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        assertThat(computed.json().get("projects")).hasSize(3);

        positions.refresh();
        assertThat(stored(costsOnly)).as("a project with costs and no budget is kept for the roll-up").isNotNull();

        assertThat(pmo.get(rollup).body()).as("the same roll-up from the stored positions and curves")
                .isEqualTo(computed.body());
        assertThat(jdbc.sql("update earned_value_position set ac = :ac where project = :p").param("ac", ALTERED_COSTS)
                .param("p", euros).update()).isEqualTo(1);
        assertThat(line(pmo.get(rollup).json(), euros).get("metrics").get("ac").decimalValue())
                .as("the roll-up reads the stored position").isEqualByComparingTo("60000");
        assertThat(pmo.post("/api/v1/projects/" + euros + "/budget-lines", """
                {"category": "labour-opex", "month": "2027-02", "kind": "ORIGINAL", "amount": 1000}""")
                .status()).isEqualTo(201);
        assertThat(line(pmo.get(rollup).json(), euros).get("metrics").get("ac").decimalValue())
                .as("and computes it again once an input changed").isEqualByComparingTo("10000");
        assertThat(positions.results(List.of(), today())).as("no project asked, none read").isEmpty();
        assertThat(positions.budgeted(List.of(), today())).isEmpty();
    }

    private static JsonNode line(JsonNode rollup, long project) {
        for (JsonNode line : rollup.get("projects")) if (line.get("projectId").asLong() == project) return line;
        throw new AssertionError("no line for project " + project + " in " + rollup);
    }
}
