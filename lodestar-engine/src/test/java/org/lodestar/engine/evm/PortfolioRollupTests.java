package org.lodestar.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PortfolioRollupTests {

    @Test
    void rollsUpTwoProjectsAtTheStatusMonth() {
        // two projects × three months, amounts per month
        double[] pv = {10, 20, 30, /**/ 100, 0, 100};
        double[] ev = {10, 10, 0, /**/ 50, 50, 0};
        double[] ac = {20, 20, 0, /**/ 100, 0, 0};
        PortfolioRollup rollup = new PortfolioRollup(2, 3, pv, ev, ac);
        double[] cpi = new double[2];
        double[] spi = new double[2];

        EarnedValue total = rollup.rollUp(2, cpi, spi);

        assertThat(total).isEqualTo(new EarnedValue(260, 130, 120, 140));
        assertThat(cpi).containsExactly(0.5, 1.0);
        assertThat(spi[0]).isEqualTo(20.0 / 30, within(1e-12));
        assertThat(spi[1]).isEqualTo(1.0);
    }

    @Test
    void matchesProjectByProjectSumsOnRandomData() {
        int projects = 50, months = 12;
        Random random = new Random(7);
        double[] pv = new double[projects * months], ev = new double[pv.length], ac = new double[pv.length];
        for (int i = 0; i < pv.length; i++) {
            pv[i] = random.nextInt(1000);
            ev[i] = random.nextInt(1000);
            ac[i] = random.nextInt(1000);
        }
        EarnedValue expected = new EarnedValue(0, 0, 0, 0);
        for (int p = 0; p < projects; p++) {
            double bac = 0, cumPv = 0, cumEv = 0, cumAc = 0;
            for (int m = 0; m < months; m++) {
                bac += pv[p * months + m];
                if (m < 5) {
                    cumPv += pv[p * months + m];
                    cumEv += ev[p * months + m];
                    cumAc += ac[p * months + m];
                }
            }
            expected = expected.plus(new EarnedValue(bac, cumPv, cumEv, cumAc));
        }
        assertThat(new PortfolioRollup(projects, months, pv, ev, ac).rollUp(5, null, null)).isEqualTo(expected);
    }

    @Test
    void aProjectWithoutCostOrPlanHasNoIndex() {
        double[] zeros = new double[2];
        double[] cpi = new double[1], spi = new double[1];
        new PortfolioRollup(1, 2, zeros, zeros, zeros).rollUp(1, cpi, spi);
        assertThat(cpi[0]).isNaN();
        assertThat(spi[0]).isNaN();
    }

    @Test
    void refusesMismatchedArraysAndStatusOutsideTheHorizon() {
        double[] six = new double[6];
        assertThatThrownBy(() -> new PortfolioRollup(2, 3, six, six, new double[5])).hasMessageContaining("6");
        PortfolioRollup rollup = new PortfolioRollup(2, 3, six, six, six);
        assertThatThrownBy(() -> rollup.rollUp(4, null, null)).hasMessageContaining("statusMonths");
        assertThatThrownBy(() -> rollup.rollUp(1, new double[1], null)).hasMessageContaining("one index");
    }

    @Test
    void rollsUpByProgrammeLeavingOutProjectsInNone() {
        double[] pv = {10, 20, /**/ 100, 100, /**/ 1, 1};
        double[] ev = {10, 0, /**/ 50, 0, /**/ 1, 0};
        double[] ac = {5, 0, /**/ 100, 0, /**/ 1, 0};
        PortfolioRollup rollup = new PortfolioRollup(3, 2, pv, ev, ac);

        EarnedValue[] byProgramme = rollup.rollUpByGroup(1, new int[] {1, 1, -1}, 2);

        assertThat(byProgramme[0]).isEqualTo(new EarnedValue(0, 0, 0, 0));
        assertThat(byProgramme[1]).isEqualTo(new EarnedValue(230, 110, 60, 105));
        assertThat(byProgramme[1].plus(new EarnedValue(2, 1, 1, 1)))
                .isEqualTo(rollup.rollUp(1, null, null));
        assertThatThrownBy(() -> rollup.rollUpByGroup(1, new int[] {2, 0, 0}, 2)).hasMessageContaining("group 2");
        assertThatThrownBy(() -> rollup.rollUpByGroup(1, new int[] {0}, 2)).hasMessageContaining("one group");
    }

    @Test
    void anSCurveIsCumulativeAndUnknownAfterTheStatusMonth() {
        double[] pv = {10, 20, 30};
        double[] ev = {5, 10, 99};
        double[] ac = {6, 12, 99};
        double[][] curve = new PortfolioRollup(1, 3, pv, ev, ac).sCurve(0, 2);
        assertThat(curve[0]).containsExactly(10, 30, 60);
        assertThat(curve[1][0]).isEqualTo(5);
        assertThat(curve[1][1]).isEqualTo(15);
        assertThat(curve[1][2]).isNaN();
        assertThat(curve[2][1]).isEqualTo(18);
        assertThat(curve[2][2]).isNaN();
    }
}
