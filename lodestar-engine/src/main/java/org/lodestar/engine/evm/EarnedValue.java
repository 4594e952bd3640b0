package org.lodestar.engine.evm;

/**
 * The earned-value position of a project, control account or roll-up at a status date, all amounts cumulative and in
 * one currency.
 *
 * <p>Indices are {@code NaN} when their denominator is zero (no planned value yet, no cost yet): a ratio that does
 * not exist is never reported as 0 or 1.
 *
 * @param bac budget at completion
 * @param pv  planned value (budgeted cost of work scheduled) to the status date
 * @param ev  earned value (budgeted cost of work performed) to the status date
 * @param ac  actual cost of work performed to the status date
 */
public record EarnedValue(double bac, double pv, double ev, double ac) {

    public EarnedValue {
        requireFinite("bac", bac);
        requireFinite("pv", pv);
        requireFinite("ev", ev);
        requireFinite("ac", ac);
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException(name + " must be finite, got " + value);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }

    /** Schedule variance SV = EV − PV (negative: behind schedule). */
    public double sv() {
        return ev - pv;
    }

    /** Cost variance CV = EV − AC (negative: over budget). */
    public double cv() {
        return ev - ac;
    }

    /** Schedule performance index SPI = EV / PV. */
    public double spi() {
        return ratio(ev, pv);
    }

    /** Cost performance index CPI = EV / AC. */
    public double cpi() {
        return ratio(ev, ac);
    }

    /** EAC when the cost efficiency so far continues: BAC / CPI. */
    public double eacByCpi() {
        return ratio(bac, cpi());
    }

    /** EAC when the remaining work is done at the budgeted rate: AC + (BAC − EV). */
    public double eacAtBudgetRate() {
        return ac + (bac - ev);
    }

    /** EAC when both cost and schedule efficiency weigh on the remaining work: AC + (BAC − EV) / (CPI × SPI). */
    public double eacByCpiAndSpi() {
        return ac + ratio(bac - ev, cpi() * spi());
    }

    /** Estimate to complete on the BAC / CPI estimate: EAC − AC = (BAC − EV) / CPI. */
    public double etc() {
        return ratio(bac - ev, cpi());
    }

    /** Variance at completion on the BAC / CPI estimate: BAC − EAC (negative: expected overrun). */
    public double vac() {
        return bac - eacByCpi();
    }

    /** The cost efficiency the remaining work needs to finish on budget: (BAC − EV) / (BAC − AC). */
    public double tcpi() {
        return ratio(bac - ev, bac - ac);
    }

    /** The cost efficiency the remaining work needs to finish at a given estimate: (BAC − EV) / (EAC − AC). */
    public double tcpi(double eac) {
        return ratio(bac - ev, eac - ac);
    }

    /** The sum of two positions (control accounts into a project, projects into a programme), in one currency. */
    public EarnedValue plus(EarnedValue other) {
        return new EarnedValue(bac + other.bac, pv + other.pv, ev + other.ev, ac + other.ac);
    }
}
