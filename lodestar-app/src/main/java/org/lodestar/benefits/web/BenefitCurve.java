package org.lodestar.benefits.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestar.benefits.BenefitView;

/**
 * A benefit's realisation curve as SVG drawn on the server: time across (from the baseline date to the later of the
 * target date and the last measurement), realisation up (0 % to 100 %, more when exceeded or less when worse), the
 * planned straight line from 0 % at the baseline date to 100 % at the target date dashed, the measurements joined.
 */
record BenefitCurve(int width, int height, String planned, String actual, List<Dot> dots, String todayX,
                    String zeroY, String hundredY) {

    static final int WIDTH = 360;
    static final int HEIGHT = 120;
    private static final int PAD = 6;

    record Dot(String x, String y, String label) {
    }

    static BenefitCurve of(BenefitView b, LocalDate today) {
        LocalDate start = b.baselineDate();
        LocalDate end = b.targetDate();
        double low = 0;
        double high = 100;
        for (BenefitView.Measured m : b.measurements()) {
            if (m.measuredOn().isAfter(end)) end = m.measuredOn();
            low = Math.min(low, m.realisation());
            high = Math.max(high, m.realisation());
        }
        double days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        double top = high;
        double bottom = low;
        java.util.function.ToDoubleFunction<LocalDate> x = d -> PAD + (WIDTH - 2 * PAD) * ChronoUnit.DAYS.between(start, d) / days;
        java.util.function.DoubleUnaryOperator y = r -> PAD + (HEIGHT - 2 * PAD) * (1 - (r - bottom) / (top - bottom));
        String planned = f(x.applyAsDouble(start)) + "," + f(y.applyAsDouble(0)) + " "
                + f(x.applyAsDouble(b.targetDate())) + "," + f(y.applyAsDouble(100));
        List<String> points = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        for (BenefitView.Measured m : b.measurements()) {
            String px = f(x.applyAsDouble(m.measuredOn()));
            String py = f(y.applyAsDouble(m.realisation()));
            points.add(px + "," + py);
            dots.add(new Dot(px, py, m.measuredOn() + ": " + Math.round(m.realisation()) + " %"));
        }
        String todayX = today.isBefore(start) || today.isAfter(end) ? null : f(x.applyAsDouble(today));
        return new BenefitCurve(WIDTH, HEIGHT, planned, points.isEmpty() ? null : String.join(" ", points), dots,
                todayX, f(y.applyAsDouble(0)), f(y.applyAsDouble(100)));
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
