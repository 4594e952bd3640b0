package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A role's capacity in a scenario, less what ongoing projects committed to it (never below zero). */
class CommittedCapacityTests {

    private static ScenarioView scenario() {
        return new ScenarioView(1, "S", null, ScenarioCommand.Objective.NPV, null, null, LocalDate.of(2027, 1, 1), 2,
                5, List.of(), List.of(new ScenarioCommand.Capacity("Dev", 0, BigDecimal.valueOf(2)),
                new ScenarioCommand.Capacity("Dev", 1, BigDecimal.valueOf(2))), List.of(),
                List.of("2027 Q1", "2027 Q2"), 0);
    }

    @Test
    void committedDemandIsTakenFromTheRolesCapacityQuarterByQuarter() {
        ScenarioModel model = new ScenarioModel(scenario(), List.of(), 1.0,
                Map.of("Dev", new double[] {2.0 / 3, 5}, "Tester", new double[] {1, 1}));

        // a third of 2 FTE (one month of three) is 0.67 FTE rounded up; Q2's 5 FTE leave nothing, not less
        assertThat(model.dimensions).extracting(ScenarioModel.Dimension::capacity).containsExactly(133L, 0L);
        assertThat(model.committedIn("Tester", 0)).as("a role without a capacity is not counted").isEqualTo(100);
    }

    @Test
    void withoutCommittedDemandTheCapacityIsTheScenariosAndTheFingerprintAsBefore() {
        ScenarioModel model = new ScenarioModel(scenario(), List.of(), 1.0);

        assertThat(model.dimensions).extracting(ScenarioModel.Dimension::capacity).containsExactly(200L, 200L);
        assertThat(PortfolioScenarios.fingerprint(scenario(), List.of(), Map.of()))
                .isEqualTo(PortfolioScenarios.fingerprint(scenario(), List.of()))
                .isNotEqualTo(PortfolioScenarios.fingerprint(scenario(), List.of(), Map.of("Dev", new double[] {1, 0})));
    }

    @Test
    void remainingCapacityNeverFallsBelowZero() {
        assertThat(ScenarioModel.remaining(200, 50)).isEqualTo(150);
        assertThat(ScenarioModel.remaining(200, 250)).isZero();
    }
}
