package org.lodestar.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.status.HealthIndicatorSource;
import org.springframework.stereotype.Component;

/**
 * Finance's computed health, for status: the cost and schedule performance indices of projects with a budget and a
 * plan to earn from, as points below 1.00 (CPI 0.92 is 8 points; an index at or above 1.00 is 0), so that higher
 * is worse as status wants. Projects without a budget, a plan or the index's denominator (no cost, no planned
 * value yet) are left out. Where the CPI is measured it supersedes status's budget burn for that project
 * ({@link #supersedes()}): earned value weighs the cost against the value earned, not against a reported percentage.
 * Positions come from {@link EarnedValuePositions}: stored where still true, computed otherwise.
 */
@Component
class FinanceHealthIndicators implements HealthIndicatorSource {

    static final String COST = "finance.costPerformance";
    static final String SCHEDULE = "finance.schedulePerformance";
    /** Status's budget burn against reported progress, which the CPI replaces where finance data exists. */
    static final String BUDGET_BURN = "status.budgetBurn";

    private final EarnedValuePositions positions;

    FinanceHealthIndicators(EarnedValuePositions positions) {
        this.positions = positions;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(COST, "points", 5, 10),
                new IndicatorDefinition(SCHEDULE, "points", 10, 20));
    }

    /** Where a project's CPI is measured, it replaces status's rough budget burn (cost to date against % done). */
    @Override
    public Map<String, String> supersedes() {
        return Map.of(COST, BUDGET_BURN);
    }

    @Override
    public List<Measurement> measure(Collection<Long> projects, LocalDate today) {
        List<Measurement> measurements = new ArrayList<>();
        if (projects.isEmpty()) return measurements;
        for (EarnedValuePositions.Measured position : positions.budgeted(projects, today)) {
            if (!position.earned()) continue;
            EarnedValue value = position.value();
            long project = position.project();
            Input status = new Input("financeStatusDate", position.statusDate().toString());
            Input ev = new Input("financeEv", twoDecimals(value.ev()));
            if (Double.isFinite(value.cpi())) {
                measurements.add(new Measurement(project, COST, pointsBelowOne(value.cpi()), List.of(
                        new Input("financeCpi", twoDecimals(value.cpi())), ev,
                        new Input("financeAc", twoDecimals(value.ac())), status)));
            }
            if (Double.isFinite(value.spi())) {
                measurements.add(new Measurement(project, SCHEDULE, pointsBelowOne(value.spi()), List.of(
                        new Input("financeSpi", twoDecimals(value.spi())), ev,
                        new Input("financePv", twoDecimals(value.pv())), status)));
            }
        }
        return measurements;
    }

    /** How many hundredths an index lies below 1.00, never negative, to one decimal. */
    static double pointsBelowOne(double index) {
        return Math.max(0, Math.round((1 - index) * 1000) / 10.0);
    }

    /** To two decimals (half up), written without a formatter: a dashboard writes 60,000 of them. */
    static String twoDecimals(double value) {
        long hundredths = Math.round(value * 100);
        long whole = Math.abs(hundredths / 100);
        int fraction = (int) Math.abs(hundredths % 100);
        return (hundredths < 0 ? "-" : "") + whole + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
