package org.lodestar.engine.score;

import java.util.OptionalDouble;

/**
 * Quarterly cash flows (benefit minus cost per quarter, quarter 0 first) and the measures a PMO compares requests
 * by. Quarter q happens q/4 years after the start, so quarter 0 is not discounted; the discount rate is annual.
 */
public final class CashFlows {

    private final double[] net;

    private CashFlows(double[] net) {
        this.net = net;
    }

    /** Net flows from costs and benefits per quarter; the arrays may differ in length (missing = 0). */
    public static CashFlows of(double[] costs, double[] benefits) {
        double[] net = new double[Math.max(costs.length, benefits.length)];
        for (int q = 0; q < net.length; q++) {
            double cost = q < costs.length ? costs[q] : 0;
            double benefit = q < benefits.length ? benefits[q] : 0;
            if (!Double.isFinite(cost) || !Double.isFinite(benefit)) {
                throw new IllegalArgumentException("Cash flows must be finite numbers (quarter " + q + ")");
            }
            net[q] = benefit - cost;
        }
        return new CashFlows(net);
    }

    public static CashFlows ofNet(double... net) {
        return of(new double[0], net.clone());
    }

    public int quarters() {
        return net.length;
    }

    /** Net present value at an annual discount rate (0.08 = 8%). */
    public double npv(double annualRate) {
        if (!(annualRate > -1)) {
            throw new IllegalArgumentException("The discount rate must be above -100%: " + annualRate);
        }
        double quarterly = Math.pow(1 + annualRate, 0.25);
        double value = 0;
        double factor = 1;
        for (double flow : net) {
            value += flow / factor;
            factor *= quarterly;
        }
        return value;
    }

    /**
     * The annual rate at which the NPV is zero, found by bisection between -99% and 1,000,000%; empty when the flows
     * never change sign (no such rate) or the NPV does not cross zero in that range.
     */
    public OptionalDouble irr() {
        double low = -0.99;
        double high = 10_000;
        double npvLow = npv(low);
        double npvHigh = npv(high);
        if (Double.isNaN(npvLow) || Double.isNaN(npvHigh) || Math.signum(npvLow) == Math.signum(npvHigh)) {
            return OptionalDouble.empty();
        }
        for (int i = 0; i < 200 && high - low > 1e-12; i++) {
            double mid = (low + high) / 2;
            double npvMid = npv(mid);
            if (Math.signum(npvMid) == Math.signum(npvLow)) {
                low = mid;
                npvLow = npvMid;
            } else {
                high = mid;
            }
        }
        return OptionalDouble.of((low + high) / 2);
    }

    /**
     * Quarters from quarter 0 until the cumulative (undiscounted) net flow turns and stays non-negative, interpolated
     * linearly between the two quarter marks where it crosses zero; empty when it never does.
     */
    public OptionalDouble paybackQuarters() {
        double cumulative = 0;
        double payback = Double.NaN;
        for (int q = 0; q < net.length; q++) {
            double before = cumulative;
            cumulative += net[q];
            if (cumulative >= 0 && before < 0) {
                payback = q - 1 + (-before / net[q]); // flows happen at the quarter marks
            } else if (cumulative < 0) {
                payback = Double.NaN;
            } else if (Double.isNaN(payback)) {
                payback = 0;
            }
        }
        return Double.isNaN(payback) || net.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(payback);
    }
}
