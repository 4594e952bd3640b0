package org.lodestar.finance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestar.finance.EarnedValues.EarnedValueView;
import org.lodestar.finance.EarnedValues.MonthPoint;

/**
 * A project's (or a roll-up's) S-curve drawn on the server as SVG: cumulative PV, AC and the estimate at completion's path by month,
 * and EV as a point at the status date (progress is kept as of the status date only, not month by month). The
 * drawing is {@value #WIDTH} × {@value #HEIGHT} units; {@code x} runs over the months side by side (a curve passes
 * each month's end, from 0 at the first month's start), {@code y} from 0 to the largest amount shown.
 */
record SCurveChart(String pv, String ac, String eac, Double evX, Double evY, String firstMonth, String lastMonth,
                   String top, List<Tick> ticks, double statusX) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 70;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 28;

    /** A month label under the axis. */
    record Tick(double x, String label) {
    }

    static SCurveChart of(EarnedValueView view, java.util.function.Function<BigDecimal, String> format) {
        return of(view.months(), view.metrics().ev(), view.statusDate(), format);
    }

    /** The S-curve of any months (a project's or a roll-up's), with EV (null: none) at the status date. */
    static SCurveChart of(List<MonthPoint> months, BigDecimal ev, java.time.LocalDate statusDate,
                          java.util.function.Function<BigDecimal, String> format) {
        double max = 0;
        for (MonthPoint point : months) {
            max = Math.max(max, value(point.pv()));
            max = Math.max(max, value(point.ac()));
            max = Math.max(max, value(point.eac()));
        }
        if (ev != null) max = Math.max(max, ev.doubleValue());
        if (max <= 0) max = 1;
        int n = months.size();
        // the months side by side: the curves start from 0 at the first month's start and pass each month's end
        double step = n == 0 ? 0 : (double) (WIDTH - LEFT - RIGHT) / n;
        StringBuilder pv = new StringBuilder(), ac = new StringBuilder(), eac = new StringBuilder();
        if (n > 0) {
            append(pv, LEFT, BigDecimal.ZERO, max);
            append(ac, LEFT, BigDecimal.ZERO, max);
        }
        java.time.YearMonth status = java.time.YearMonth.from(statusDate);
        int statusIndex = -1;
        List<Tick> ticks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int m = 0; m < n; m++) {
            MonthPoint point = months.get(m);
            double x = LEFT + step * (m + 1);
            append(pv, x, point.pv(), max);
            append(ac, x, point.ac(), max);
            append(eac, x, point.eac(), max);
            if (java.time.YearMonth.parse(point.month()).equals(status)) statusIndex = m;
            if (m % every == 0) ticks.add(new Tick(round(LEFT + step * (m + 0.5)), point.month()));
        }
        double statusX = statusIndex < 0 ? LEFT : LEFT + step * (statusIndex
                + (double) statusDate.getDayOfMonth() / status.lengthOfMonth());
        Double evY = ev == null ? null : round(y(ev.doubleValue(), max));
        return new SCurveChart(pv.toString().strip(), ac.toString().strip(), eac.toString().strip(),
                ev == null ? null : round(statusX), evY, n == 0 ? "" : months.get(0).month(),
                n == 0 ? "" : months.get(n - 1).month(), format.apply(BigDecimal.valueOf(max)), List.copyOf(ticks),
                round(statusX));
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int plotTop() {
        return TOP;
    }

    private static double value(BigDecimal amount) {
        return amount == null ? 0 : amount.doubleValue();
    }

    private static double y(double amount, double max) {
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * amount / max;
    }

    private static void append(StringBuilder points, double x, BigDecimal amount, double max) {
        if (amount == null) return;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(amount.doubleValue(), max)));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
