package org.lodestar.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioModelTests {

    @Test
    void eachAllowedStartIsAnOptionShiftingCostAndDemand() {
        ScenarioView scenario = new ScenarioView(1, "S", null, ScenarioCommand.Objective.NPV, null, null,
                LocalDate.of(2027, 1, 1), 3, 5, List.of(
                new ScenarioCommand.Budget(0, null, BigDecimal.valueOf(1000)),
                new ScenarioCommand.Budget(1, null, BigDecimal.valueOf(1000)),
                new ScenarioCommand.Budget(2, "Digital", BigDecimal.valueOf(500))),
                List.of(new ScenarioCommand.Capacity("Dev", 1, BigDecimal.valueOf(2))), List.of(),
                List.of("2027 Q1", "2027 Q2", "2027 Q3"), 0);
        ScenarioModel.Candidate candidate = new ScenarioModel.Candidate("request", 9, "REQ-0009", "Nine", false, 10,
                "Digital", new double[] {100, 200.4}, Map.of("Dev", new double[] {1.5}), 0, 2);

        ScenarioModel model = new ScenarioModel(scenario, List.of(candidate), 1.0);

        assertThat(model.model.optionCount(0)).isEqualTo(3);
        // dimensions: Q1 total, Q2 total, Q3 Digital, Q2 Dev
        assertThat(model.usage(candidate, 0, 3)).containsExactly(100, 201, 0, 0);
        assertThat(model.usage(candidate, 1, 3)).containsExactly(0, 100, 201, 150);
        assertThat(model.usage(candidate, 2, 3)).containsExactly(0, 0, 100, 0);
    }

    @Test
    void quartersAreCountedFromTheScenariosFirstQuarter() {
        assertThat(PortfolioScenarios.quarterStart(LocalDate.of(2027, 5, 17))).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(PortfolioScenarios.quarterIndex(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEqualTo(3);
        assertThat(PortfolioScenarios.quarterIndex(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 11, 2))).isEqualTo(-1);
    }

    @Test
    void ahpWeightsAreRoundedToPercentsThatSumTo100() {
        List<Double> weights = Scoring.roundedPercents(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0});

        assertThat(weights.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(weights).contains(33.3);
    }
}
