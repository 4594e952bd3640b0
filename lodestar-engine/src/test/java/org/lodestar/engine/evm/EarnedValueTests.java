package org.lodestar.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EarnedValueTests {

    /**
     * Published worked example: the "Earned Value Management" article of the PRA R package (Paul Govan), section
     * "Examples", as rendered in the package site (github.com/paulgovan/PRA, docs/articles/evm.html, commit
     * ff0accc8177a4aeb6ccd2cc736d1fe3af61ceb43). BAC 100,000; cumulative schedule 10 %, 20 %, 40 %, 70 %, 100 %;
     * status at period 3; 35 % complete; actual cost 36,000. Printed results: PV 40000, EV 35000, AC 36000,
     * SV -5000, CV -1000, SPI 0.88, CPI 0.97 (both rounded to 2 places), EAC 102857.1.
     */
    @Test
    void reproducesThePublishedPraWorkedExample() {
        double bac = 100_000;
        double pv = bac * 0.4; // cumulative schedule at period 3
        double ev = EarningMethod.PHYSICAL_PERCENT_COMPLETE.earned(bac, true, false, 35);
        EarnedValue position = new EarnedValue(bac, pv, ev, 36_000);

        assertThat(position.pv()).isEqualTo(40_000);
        assertThat(position.ev()).isEqualTo(35_000, within(1e-9));
        assertThat(position.sv()).isEqualTo(-5_000, within(1e-9));
        assertThat(position.cv()).isEqualTo(-1_000, within(1e-9));
        assertThat(Math.round(position.spi() * 100) / 100.0).isEqualTo(0.88);
        assertThat(Math.round(position.cpi() * 100) / 100.0).isEqualTo(0.97);
        assertThat(Math.round(position.eacByCpi() * 10) / 10.0).isEqualTo(102_857.1);
    }

    /** The other EAC formulas, ETC, VAC and TCPI on the same position, computed by hand from their definitions. */
    @Test
    void forecastsFollowTheirDefinitions() {
        EarnedValue position = new EarnedValue(100_000, 40_000, 35_000, 36_000);
        // AC + (BAC − EV) = 36,000 + 65,000
        assertThat(position.eacAtBudgetRate()).isEqualTo(101_000, within(1e-9));
        // AC + (BAC − EV) / (CPI × SPI) = 36,000 + 65,000 / (35/36 × 35/40) = 36,000 + 65,000 × 1440 / 1225
        assertThat(position.eacByCpiAndSpi()).isEqualTo(36_000 + 65_000 * 1440.0 / 1225, within(1e-6));
        // ETC = (BAC − EV) / CPI = 65,000 × 36/35; EAC − AC gives the same
        assertThat(position.etc()).isEqualTo(65_000 * 36.0 / 35, within(1e-6));
        assertThat(position.etc()).isEqualTo(position.eacByCpi() - position.ac(), within(1e-6));
        // VAC = BAC − BAC/CPI = 100,000 − 3,600,000/35
        assertThat(position.vac()).isEqualTo(100_000 - 3_600_000.0 / 35, within(1e-6));
        // TCPI to BAC = (BAC − EV) / (BAC − AC) = 65,000 / 64,000
        assertThat(position.tcpi()).isEqualTo(65_000.0 / 64_000, within(1e-12));
        // TCPI to an EAC of 110,000 = 65,000 / 74,000
        assertThat(position.tcpi(110_000)).isEqualTo(65_000.0 / 74_000, within(1e-12));
    }

    @Test
    void indicesWithoutADenominatorAreNotANumberNeverZeroOrOne() {
        EarnedValue notStarted = new EarnedValue(50_000, 0, 0, 0);
        assertThat(notStarted.spi()).isNaN();
        assertThat(notStarted.cpi()).isNaN();
        assertThat(notStarted.eacByCpi()).isNaN();
        assertThat(notStarted.etc()).isNaN();
        assertThat(notStarted.eacAtBudgetRate()).isEqualTo(50_000);
    }

    @Test
    void controlAccountsAddUpToTheProject() {
        EarnedValue labour = new EarnedValue(60_000, 30_000, 20_000, 25_000);
        EarnedValue material = new EarnedValue(40_000, 10_000, 15_000, 11_000);
        EarnedValue project = labour.plus(material);
        assertThat(project).isEqualTo(new EarnedValue(100_000, 40_000, 35_000, 36_000));
        assertThat(project.cpi()).isEqualTo(35.0 / 36, within(1e-12));
    }

    @Test
    void refusesAmountsThatAreNotFinite() {
        assertThatThrownBy(() -> new EarnedValue(Double.NaN, 0, 0, 0)).hasMessageContaining("bac");
        assertThatThrownBy(() -> new EarnedValue(1, 0, Double.POSITIVE_INFINITY, 0)).hasMessageContaining("ev");
    }
}
