package org.lodestar.raid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskStrategyTests {

    @Test
    void threatsAndOpportunitiesEachHaveTheirStrategiesAndShareAcceptance() {
        EnumSet<RiskStrategy> threats = EnumSet.noneOf(RiskStrategy.class);
        EnumSet<RiskStrategy> opportunities = EnumSet.noneOf(RiskStrategy.class);
        for (RiskStrategy strategy : RiskStrategy.values()) {
            if (strategy.fits(RiskKind.THREAT)) threats.add(strategy);
            if (strategy.fits(RiskKind.OPPORTUNITY)) opportunities.add(strategy);
        }
        assertThat(threats).containsExactlyInAnyOrder(RiskStrategy.AVOID, RiskStrategy.REDUCE, RiskStrategy.TRANSFER,
                RiskStrategy.ACCEPT);
        assertThat(opportunities).containsExactlyInAnyOrder(RiskStrategy.EXPLOIT, RiskStrategy.ENHANCE,
                RiskStrategy.SHARE, RiskStrategy.ACCEPT);
    }

    @Test
    void scoresBandHighFromFifteenAndMediumFromSix() {
        assertThat(List.of(25, 15, 14, 6, 5, 1).stream().map(RiskMatrix::band).toList())
                .containsExactly("high", "high", "medium", "medium", "low", "low");
    }
}
