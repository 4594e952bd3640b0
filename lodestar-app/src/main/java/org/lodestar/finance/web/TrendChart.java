package org.lodestar.finance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Performance indices by reporting period drawn on the server as SVG, like the S-curve ({@link SCurveChart}): one
 * line per index (CPI, SPI and, where known, SPI(t)) through its periods, a dot per recorded value (hollow where the
 * period is incomplete: some projects of a roll-up did not record it), the line at 1.00 and the health thresholds as
 * horizontal guides. The drawing is {@value #WIDTH} × {@value #HEIGHT} units; periods sit side by side at the middle
 * of their slot; {@code y} runs from {@code bottom} to {@code top} (at least 0.70 to 1.20, wider to show every value).
 */
record TrendChart(List<Line> lines, List<Guide> guides, List<Tick> ticks, String top, String bottom, double oneY) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 44;
    static final int RIGHT = 80;
    static final int TOP = 12;
    static final int BOTTOM = 28;

    /** One period's values (null: not known), and whether the period is complete. */
    record Period(String label, Double cpi, Double spi, Double spit, boolean complete) {
    }

    /** A horizontal guide at an index value: the 1.00 line or a threshold, with its label and style. */
    record Guide(String key, double value, double y, String label, String colour, String dash) {
    }

    /** A dot of a line: where it is, its value as text, whether hollow. */
    record Dot(double x, double y, String value, boolean hollow) {
    }

    /** An index's line: its key (cpi, spi, spit), colour, points and dots. */
    record Line(String key, String colour, String points, List<Dot> dots) {
    }

    /** A period label under the axis. */
    record Tick(double x, String label) {
    }

    /** A threshold to draw: an index value below which health turns {@code rag} (amber or red). */
    record Threshold(String index, String rag, double value) {
    }

    static TrendChart of(List<Period> periods, List<Threshold> thresholds) {
        double low = 0.7;
        double high = 1.2;
        for (Period period : periods) {
            for (Double value : new Double[] {period.cpi(), period.spi(), period.spit()}) {
                if (value == null) continue;
                low = Math.min(low, Math.floor((value - 0.05) * 10) / 10);
                high = Math.max(high, Math.ceil((value + 0.05) * 10) / 10);
            }
        }
        for (Threshold threshold : thresholds) low = Math.min(low, Math.floor((threshold.value() - 0.05) * 10) / 10);
        low = Math.max(0, low);
        int n = periods.size();
        double step = n == 0 ? 0 : (double) (WIDTH - LEFT - RIGHT) / n;
        List<Tick> ticks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < n; i++) {
            if (i % every == 0) ticks.add(new Tick(round(x(i, step)), periods.get(i).label()));
        }
        List<Line> lines = new ArrayList<>();
        lines.add(line("cpi", "#b3261e", periods, step, low, high, Period::cpi));
        lines.add(line("spi", "#2f5bd3", periods, step, low, high, Period::spi));
        if (periods.stream().anyMatch(period -> period.spit() != null)) {
            lines.add(line("spit", "#1e7b45", periods, step, low, high, Period::spit));
        }
        List<Guide> guides = new ArrayList<>();
        guides.add(new Guide("one", 1.0, round(y(1.0, low, high)), format(1.0), "#5b6578", ""));
        for (Threshold threshold : thresholds) {
            String colour = threshold.rag().equals("red") ? "#b3261e" : "#8a5a00";
            String dash = threshold.index().equals("cpi") ? "6 3" : "2 3";
            guides.add(new Guide(threshold.index() + "-" + threshold.rag(), threshold.value(),
                    round(y(threshold.value(), low, high)),
                    threshold.index().toUpperCase(Locale.ROOT) + " " + format(threshold.value()), colour, dash));
        }
        return new TrendChart(List.copyOf(lines), List.copyOf(guides), List.copyOf(ticks), format(high), format(low),
                round(y(1.0, low, high)));
    }

    private static Line line(String key, String colour, List<Period> periods, double step, double low, double high,
                             java.util.function.Function<Period, Double> value) {
        StringBuilder points = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Double v = value.apply(periods.get(i));
            if (v == null) continue;
            double x = round(x(i, step));
            double y = round(y(v, low, high));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.add(new Dot(x, y, format(v), !periods.get(i).complete()));
        }
        return new Line(key, colour, points.toString().strip(), List.copyOf(dots));
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

    public int right() {
        return WIDTH - RIGHT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int plotTop() {
        return TOP;
    }

    private static double x(int index, double step) {
        return LEFT + step * (index + 0.5);
    }

    private static double y(double value, double low, double high) {
        double clamped = Math.max(low, Math.min(high, value));
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * (clamped - low) / (high - low);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
