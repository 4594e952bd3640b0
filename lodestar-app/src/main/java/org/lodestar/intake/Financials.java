package org.lodestar.intake;

import java.math.BigDecimal;
import java.util.List;

/**
 * A request's cash flows and what they are worth: NPV at its yearly discount rate, IRR (yearly, null when the flows
 * never change sign) and payback in quarters (null when never reached), computed by engine.score.CashFlows.
 */
public record Financials(BigDecimal discountRatePercent, List<Quarter> quarters, List<Demand> demands,
                         BigDecimal totalCost, BigDecimal totalBenefit, Double npv, Double irrPercent,
                         Double paybackQuarters) {

    public record Quarter(int quarter, BigDecimal cost, BigDecimal benefit) {
    }

    public record Demand(String role, int quarter, BigDecimal fte) {
    }

    /** The NPV to the whole unit of money, for display; null without cash flows. */
    public BigDecimal npvRounded() {
        return npv == null ? null : BigDecimal.valueOf(npv).setScale(0, java.math.RoundingMode.HALF_UP);
    }

    public boolean isEmpty() {
        return quarters.isEmpty();
    }
}
