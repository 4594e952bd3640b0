package org.lodestar.pmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores by domain and overall, computed by hand. */
class MaturityScoresTests {

    @Test
    void aDomainScoresTheMeanOfItsAnsweredLevelsAndTheOverallTheMeanOfTheDomains() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("RISK.1", 2);
        levels.put("RISK.2", 3);
        levels.put("RISK.3", 3);        // (2 + 3 + 3) / 3 = 2.67 → 2.7
        levels.put("FINANCE.1", 1);     // 1 of 3 answered: 1.0
        levels.put("BENEFITS.1", 4);
        levels.put("BENEFITS.3", 5);    // (4 + 5) / 2 = 4.5

        Map<MaturityDomain, BigDecimal> scores = MaturityScores.byDomain(levels);

        assertThat(scores).containsOnlyKeys(MaturityDomain.RISK, MaturityDomain.FINANCE, MaturityDomain.BENEFITS);
        assertThat(scores.get(MaturityDomain.RISK)).isEqualByComparingTo("2.7");
        assertThat(scores.get(MaturityDomain.FINANCE)).isEqualByComparingTo("1.0");
        assertThat(scores.get(MaturityDomain.BENEFITS)).isEqualByComparingTo("4.5");
        // (2.7 + 1.0 + 4.5) / 3 = 2.733 → 2.7
        assertThat(MaturityScores.overall(scores)).isEqualByComparingTo("2.7");
        assertThat(MaturityScores.overall(Map.of())).isNull();
    }

    @Test
    void theQuestionnaireAsksThreeQuestionsInEachOfSevenDomains() {
        assertThat(MaturityDomain.allQuestions()).hasSize(21).startsWith("MANAGEMENT_CONTROL.1").endsWith("RESOURCES.3");
        assertThat(MaturityDomain.of("GOVERNANCE.2")).isEqualTo(MaturityDomain.GOVERNANCE);
        assertThat(MaturityDomain.of("GOVERNANCE.4")).isNull();
        assertThat(MaturityDomain.of(null)).isNull();
    }
}
