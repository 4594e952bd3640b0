package org.lodestar.pmo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A radar of levels 0 to 5 on one axis per item, drawn as SVG on the server: the rings of levels 1 to 5, each axis
 * with its label's message key, the current polygon and (when there is one) the previous one. The maturity radar
 * (seven domains) and the competency radar (eight competencies) are both this.
 */
record Radar(int width, int height, List<Axis> axes, List<String> rings, String current, String previous) {

    static final int WIDTH = 520;
    static final int HEIGHT = 380;
    private static final double CX = 260;
    private static final double CY = 190;
    private static final double RADIUS = 130;

    record Axis(String label, String x, String y, String labelX, String labelY, String anchor) {
    }

    /**
     * @param labels   each axis's label, a message key
     * @param now      each axis's level now (null: 0)
     * @param before   each axis's level before (null: none), or null when there is no previous
     */
    static Radar of(List<String> labels, List<? extends Number> now, List<? extends Number> before) {
        int n = labels.size();
        List<Axis> axes = new ArrayList<>();
        List<String> rings = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            List<String> ring = new ArrayList<>();
            for (int i = 0; i < n; i++) ring.add(point(i, n, level));
            rings.add(String.join(" ", ring));
        }
        List<String> current = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        boolean anyBefore = false;
        for (int i = 0; i < n; i++) {
            double angle = angle(i, n);
            double lx = CX + (RADIUS + 14) * Math.cos(angle);
            double ly = CY + (RADIUS + 14) * Math.sin(angle);
            String anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
            axes.add(new Axis(labels.get(i), f(CX + RADIUS * Math.cos(angle)), f(CY + RADIUS * Math.sin(angle)),
                    f(lx), f(ly + 4), anchor));
            current.add(point(i, n, value(now.get(i))));
            Number was = before == null ? null : before.get(i);
            previous.add(point(i, n, value(was)));
            anyBefore |= was != null;
        }
        return new Radar(WIDTH, HEIGHT, axes, rings, String.join(" ", current),
                anyBefore ? String.join(" ", previous) : null);
    }

    private static double value(Number level) {
        return level == null ? 0 : level.doubleValue();
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static String point(int i, int n, double level) {
        double r = RADIUS * level / 5;
        return f(CX + r * Math.cos(angle(i, n))) + "," + f(CY + r * Math.sin(angle(i, n)));
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
