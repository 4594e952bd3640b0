package org.lodestar.engine.evm;

/**
 * Earned value of many projects over many months, rolled up in one pass over primitive arrays.
 *
 * <p>The data are row-major: project p's amount for month m sits at {@code p * months + m}. Amounts are per month
 * (not cumulative) and already in the portfolio's currency. The roll-up sums, per project, PV, EV and AC over the
 * months up to the status date and PV over all months (the BAC), writes each project's CPI and SPI (NaN where the
 * denominator is zero) and returns the portfolio's total position.
 */
public final class PortfolioRollup {

    private final int projects;
    private final int months;
    private final double[] pv;
    private final double[] ev;
    private final double[] ac;

    /**
     * @param projects number of projects
     * @param months   number of months in the horizon
     * @param pv       planned value per project and month, length {@code projects * months}
     * @param ev       earned value per project and month, same layout
     * @param ac       actual cost per project and month, same layout
     */
    public PortfolioRollup(int projects, int months, double[] pv, double[] ev, double[] ac) {
        if (projects < 0 || months <= 0) {
            throw new IllegalArgumentException("projects must not be negative and months positive");
        }
        long cells = (long) projects * months;
        if (pv.length != cells || ev.length != cells || ac.length != cells) {
            throw new IllegalArgumentException("pv, ev and ac must each hold projects × months = " + cells + " amounts");
        }
        this.projects = projects;
        this.months = months;
        this.pv = pv;
        this.ev = ev;
        this.ac = ac;
    }

    public int projects() {
        return projects;
    }

    public int months() {
        return months;
    }

    /**
     * Rolls the portfolio up at the end of month {@code statusMonths} (1 = after the first month).
     *
     * @param statusMonths months elapsed, 0 to {@code months}
     * @param cpiOut       receives each project's CPI; length {@code projects}, or {@code null} when not wanted
     * @param spiOut       receives each project's SPI; length {@code projects}, or {@code null} when not wanted
     * @return the portfolio's total BAC, PV, EV and AC at the status date
     */
    public EarnedValue rollUp(int statusMonths, double[] cpiOut, double[] spiOut) {
        if (statusMonths < 0 || statusMonths > months) {
            throw new IllegalArgumentException("statusMonths must be 0 to " + months + ", got " + statusMonths);
        }
        if (cpiOut != null && cpiOut.length != projects || spiOut != null && spiOut.length != projects) {
            throw new IllegalArgumentException("cpiOut and spiOut must hold one index per project");
        }
        double totalBac = 0, totalPv = 0, totalEv = 0, totalAc = 0;
        for (int p = 0, row = 0; p < projects; p++, row += months) {
            double cumPv = 0, cumEv = 0, cumAc = 0;
            int end = row + statusMonths;
            for (int i = row; i < end; i++) {
                cumPv += pv[i];
                cumEv += ev[i];
                cumAc += ac[i];
            }
            double bac = cumPv;
            for (int i = end, last = row + months; i < last; i++) bac += pv[i];
            if (cpiOut != null) cpiOut[p] = cumAc == 0 ? Double.NaN : cumEv / cumAc;
            if (spiOut != null) spiOut[p] = cumPv == 0 ? Double.NaN : cumEv / cumPv;
            totalBac += bac;
            totalPv += cumPv;
            totalEv += cumEv;
            totalAc += cumAc;
        }
        return new EarnedValue(totalBac, totalPv, totalEv, totalAc);
    }

    /**
     * Rolls the projects up by group (programme, portfolio) at the end of month {@code statusMonths}.
     *
     * @param groupOf each project's group, 0 to {@code groups − 1}, or −1 for a project in no group
     * @param groups  number of groups
     * @return each group's total BAC, PV, EV and AC, indexed by group
     */
    public EarnedValue[] rollUpByGroup(int statusMonths, int[] groupOf, int groups) {
        if (statusMonths < 0 || statusMonths > months) {
            throw new IllegalArgumentException("statusMonths must be 0 to " + months + ", got " + statusMonths);
        }
        if (groupOf.length != projects) throw new IllegalArgumentException("groupOf must hold one group per project");
        double[] totals = new double[groups * 4];
        for (int p = 0, row = 0; p < projects; p++, row += months) {
            int group = groupOf[p];
            if (group < -1 || group >= groups) {
                throw new IllegalArgumentException("project " + p + " has group " + group + " outside 0.." + groups);
            }
            if (group < 0) continue;
            double cumPv = 0, cumEv = 0, cumAc = 0;
            int end = row + statusMonths;
            for (int i = row; i < end; i++) {
                cumPv += pv[i];
                cumEv += ev[i];
                cumAc += ac[i];
            }
            double bac = cumPv;
            for (int i = end, last = row + months; i < last; i++) bac += pv[i];
            int at = group * 4;
            totals[at] += bac;
            totals[at + 1] += cumPv;
            totals[at + 2] += cumEv;
            totals[at + 3] += cumAc;
        }
        EarnedValue[] byGroup = new EarnedValue[groups];
        for (int g = 0; g < groups; g++) {
            byGroup[g] = new EarnedValue(totals[g * 4], totals[g * 4 + 1], totals[g * 4 + 2], totals[g * 4 + 3]);
        }
        return byGroup;
    }

    /**
     * One project's S-curve: cumulative PV over the whole horizon, cumulative EV and AC up to the status month
     * (the months after it are NaN: not known yet), each indexed by month.
     */
    public double[][] sCurve(int project, int statusMonths) {
        if (project < 0 || project >= projects) throw new IllegalArgumentException("no project " + project);
        if (statusMonths < 0 || statusMonths > months) {
            throw new IllegalArgumentException("statusMonths must be 0 to " + months + ", got " + statusMonths);
        }
        double[] cumPv = new double[months], cumEv = new double[months], cumAc = new double[months];
        double sumPv = 0, sumEv = 0, sumAc = 0;
        for (int m = 0, i = project * months; m < months; m++, i++) {
            sumPv += pv[i];
            cumPv[m] = sumPv;
            if (m < statusMonths) {
                sumEv += ev[i];
                sumAc += ac[i];
                cumEv[m] = sumEv;
                cumAc[m] = sumAc;
            } else {
                cumEv[m] = Double.NaN;
                cumAc[m] = Double.NaN;
            }
        }
        return new double[][] {cumPv, cumEv, cumAc};
    }
}
