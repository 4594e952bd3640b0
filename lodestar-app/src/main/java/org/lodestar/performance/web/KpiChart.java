package org.lodestar.performance.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lodestar.performance.KpiView;

/**
 * A KPI's charts as SVG drawn on the server: its trend (a line through the months with a value, gaps where a month
 * had none, the target as a dashed line) and the distribution of a measure's values (a histogram of ten bins).
 */
final class KpiChart {

    private KpiChart() {
    }

    /** A trend: the line's segments (points "x,y ..."), each month's dot, the target's height and the scale. */
    record Trend(int width, int height, List<String> segments, List<Dot> dots, String targetY, String top,
                 String bottom) {
    }

    record Dot(String x, String y, String month, Double value) {
    }

    record Histogram(int width, int height, List<Bar> bars, String from, String to) {
    }

    record Bar(String x, String y, String width, String height, long count, String low, String high) {
    }

    static Trend trend(List<KpiView.Point> history, Double target, int width, int height) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (KpiView.Point p : history) {
            if (p.value() == null) continue;
            min = Math.min(min, p.value());
            max = Math.max(max, p.value());
        }
        if (target != null) {
            min = Math.min(min, target);
            max = Math.max(max, target);
        }
        if (min == Double.POSITIVE_INFINITY) return new Trend(width, height, List.of(), List.of(), null, null, null);
        if (max - min < 1e-9) {
            min -= 1;
            max += 1;
        }
        double pad = (max - min) * 0.08;
        double low = min - pad;
        double high = max + pad;
        int n = history.size();
        List<String> segments = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        List<String> segment = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            KpiView.Point p = history.get(i);
            if (p.value() == null) {
                if (!segment.isEmpty()) segments.add(String.join(" ", segment));
                segment = new ArrayList<>();
                continue;
            }
            double x = n == 1 ? width / 2.0 : 4 + (width - 8) * i / (double) (n - 1);
            double y = y(p.value(), low, high, height);
            segment.add(f(x) + "," + f(y));
            dots.add(new Dot(f(x), f(y), p.period().toString().substring(0, 7), p.value()));
        }
        if (!segment.isEmpty()) segments.add(String.join(" ", segment));
        return new Trend(width, height, segments, dots, target == null ? null : f(y(target, low, high, height)),
                f(high), f(low));
    }

    static Histogram histogram(double[] values, int width, int height) {
        if (values.length < 2) return null;
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        if (max - min < 1e-9) return null;
        int bins = 10;
        long[] counts = new long[bins];
        for (double v : values) counts[Math.min(bins - 1, (int) ((v - min) / (max - min) * bins))]++;
        long most = Arrays.stream(counts).max().orElse(1);
        double barWidth = (double) width / bins;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            double h = (height - 4) * counts[i] / (double) most;
            bars.add(new Bar(f(i * barWidth + 1), f(height - h), f(barWidth - 2), f(h), counts[i],
                    f(min + (max - min) * i / bins), f(min + (max - min) * (i + 1) / bins)));
        }
        return new Histogram(width, height, bars, f(min), f(max));
    }

    private static double y(double value, double low, double high, int height) {
        return 4 + (height - 8) * (1 - (value - low) / (high - low));
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
