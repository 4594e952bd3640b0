package org.lodestar.engine.evm;

/**
 * Earned schedule (Lipke, 2003): the time at which the earned value should have been earned according to the
 * time-phased planned value, and the time-based indicators drawn from it.
 *
 * <p>ES = C + I, where C is the number of whole periods whose cumulative planned value the earned value has reached
 * and I = (EV − PV<sub>C</sub>) / (PV<sub>C+1</sub> − PV<sub>C</sub>) the fraction of the next period.
 *
 * @param es           earned schedule, in periods
 * @param actualTime   actual time AT, in periods, from the start to the status date
 * @param plannedDuration planned duration PD, in periods: the first period whose cumulative PV reaches BAC
 */
public record EarnedSchedule(double es, double actualTime, double plannedDuration) {

    /** Schedule variance in time SV(t) = ES − AT (negative: behind schedule). */
    public double svt() {
        return es - actualTime;
    }

    /** Schedule performance index in time SPI(t) = ES / AT. */
    public double spit() {
        return actualTime == 0 ? Double.NaN : es / actualTime;
    }

    /** Independent estimate of the duration at completion IEAC(t) = PD / SPI(t), in periods. */
    public double ieact() {
        double spit = spit();
        return Double.isNaN(spit) || spit == 0 ? Double.NaN : plannedDuration / spit;
    }

    /**
     * Earned schedule from cumulative planned value by period.
     *
     * @param cumulativePv cumulative PV at the end of each period (index 0 is the end of period 1); not decreasing
     * @param ev           cumulative earned value at the status date
     * @param actualTime   periods elapsed at the status date (AT), not negative
     */
    public static EarnedSchedule of(double[] cumulativePv, double ev, double actualTime) {
        if (cumulativePv.length == 0) throw new IllegalArgumentException("cumulativePv must not be empty");
        if (!(actualTime >= 0)) throw new IllegalArgumentException("actualTime must not be negative");
        if (!(ev >= 0)) throw new IllegalArgumentException("ev must not be negative, got " + ev);
        double bac = cumulativePv[cumulativePv.length - 1];
        double previous = 0;
        for (int i = 0; i < cumulativePv.length; i++) {
            if (!(cumulativePv[i] >= previous)) {
                throw new IllegalArgumentException("cumulativePv must not decrease (period " + (i + 1) + ")");
            }
            previous = cumulativePv[i];
        }
        int plannedDuration = cumulativePv.length;
        for (int i = 0; i < cumulativePv.length; i++) {
            if (cumulativePv[i] >= bac) {
                plannedDuration = i + 1;
                break;
            }
        }
        if (ev >= bac) return new EarnedSchedule(plannedDuration, actualTime, plannedDuration);
        // C: number of whole periods whose cumulative PV the EV has reached
        int c = 0;
        while (c < cumulativePv.length && cumulativePv[c] <= ev) c++;
        double pvC = c == 0 ? 0 : cumulativePv[c - 1];
        double pvNext = cumulativePv[c];
        double fraction = pvNext == pvC ? 0 : (ev - pvC) / (pvNext - pvC);
        return new EarnedSchedule(c + fraction, actualTime, plannedDuration);
    }
}
