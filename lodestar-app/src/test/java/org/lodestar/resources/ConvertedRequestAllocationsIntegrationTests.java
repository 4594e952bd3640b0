package org.lodestar.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lodestar.portfolio.ProjectFixtures.json;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lodestar.intake.RequestConverted;
import org.lodestar.intake.RequestId;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.intake.IntakeFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** A converted request's role demand per quarter becomes its project's first soft allocations (issue 14). */
class ConvertedRequestAllocationsIntegrationTests extends IntegrationTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    ConvertedRequestAllocations listener;

    @Autowired
    TransactionTemplate transaction;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json();
    }

    private JsonNode allocations(long project) {
        return Api.as(port, "pmo").get("/api/v1/projects/" + project + "/allocations").json();
    }

    @Test
    void aConvertedRequestsRoleDemandBecomesSoftAllocationsByMonthOnceAndUnknownRolesAreSkipped() {
        String known = "Converted analyst " + suffix;
        String unknown = "Nobody's role " + suffix;
        ok(Api.as(port, "resource").post("/api/v1/resources", json(Map.of("kind", "ROLE", "name", known))));
        JsonNode request = IntakeFixtures.converted(port, "Staffed request " + suffix, """
                {"discountRatePercent": 8, "quarters": [{"cost": 1000, "benefit": 0}, {"cost": 0, "benefit": 5000}],
                 "demands": [{"role": "%s", "quarter": 0, "fte": 1.5}, {"role": "%s", "quarter": 1, "fte": 12},
                             {"role": "%s", "quarter": 0, "fte": 2}], "version": %%d}
                """.formatted(known, known, unknown));
        long id = request.get("id").asLong();
        long project = request.get("projectId").asLong();

        // quarter 0: 1.5 FTE in each of its 3 months; quarter 1: 12 FTE split 10 + 2 in each month; unknown: none
        await().atMost(PATIENCE).until(() -> allocations(project).size() == 9);
        YearMonth conversion = YearMonth.now(ZoneOffset.UTC);
        YearMonth quarter = conversion.minusMonths((conversion.getMonthValue() - 1) % 3);
        List<String> rows = new ArrayList<>();
        for (JsonNode a : allocations(project)) {
            assertThat(a.get("role").asString()).isEqualTo(known);
            assertThat(a.get("booking").asString()).isEqualTo("SOFT");
            assertThat(a.get("resourceId").isNull()).isTrue();
            rows.add(a.get("month").asString() + " " + a.get("fte").decimalValue().stripTrailingZeros().toPlainString());
        }
        assertThat(rows).containsExactlyInAnyOrder(
                quarter + " 1.5", quarter.plusMonths(1) + " 1.5", quarter.plusMonths(2) + " 1.5",
                quarter.plusMonths(3) + " 10", quarter.plusMonths(3) + " 2",
                quarter.plusMonths(4) + " 10", quarter.plusMonths(4) + " 2",
                quarter.plusMonths(5) + " 10", quarter.plusMonths(5) + " 2");
        long first = allocations(project).get(0).get("id").asLong();
        JsonNode trail = Api.as(port, "pmo").get("/api/v1/audit?entityType=allocation&entityId=" + first).json();
        assertThat(trail.get("total").asLong()).isEqualTo(1);
        assertThat(trail.get("items").get(0).get("actor").asString()).as("a listener acts for the system")
                .isEqualTo("system");

        // the registry delivers again after a crash: the same event adds nothing
        transaction.executeWithoutResult(status -> listener.on(new RequestConverted(new RequestId(id),
                new ProjectId(project))));
        assertThat(allocations(project)).hasSize(9);
    }
}
