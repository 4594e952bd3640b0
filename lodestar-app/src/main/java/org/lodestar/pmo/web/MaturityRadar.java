package org.lodestar.pmo.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lodestar.pmo.MaturityAssessmentView;

/**
 * The radar of an assessment's domain scores (0 to 5 on each of the seven axes), drawn as SVG on the server: the
 * rings of levels 1 to 5, one axis per domain with its label, the assessment's polygon and the previous one's.
 */
record MaturityRadar(int width, int height, List<Axis> axes, List<String> rings, String current, String previous) {

    static final int WIDTH = 520;
    static final int HEIGHT = 380;
    private static final double CX = 260;
    private static final double CY = 190;
    private static final double RADIUS = 130;

    record Axis(String domain, String x, String y, String labelX, String labelY, String anchor) {
    }

    static MaturityRadar of(MaturityAssessmentView view) {
        List<MaturityAssessmentView.DomainScore> scores = view.scores();
        int n = scores.size();
        List<Axis> axes = new ArrayList<>();
        List<String> rings = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            List<String> ring = new ArrayList<>();
            for (int i = 0; i < n; i++) ring.add(point(i, n, level));
            rings.add(String.join(" ", ring));
        }
        List<String> now = new ArrayList<>();
        List<String> before = new ArrayList<>();
        boolean anyBefore = false;
        for (int i = 0; i < n; i++) {
            MaturityAssessmentView.DomainScore score = scores.get(i);
            double angle = angle(i, n);
            double lx = CX + (RADIUS + 14) * Math.cos(angle);
            double ly = CY + (RADIUS + 14) * Math.sin(angle);
            String anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
            axes.add(new Axis(score.domain().name(), f(CX + RADIUS * Math.cos(angle)), f(CY + RADIUS * Math.sin(angle)),
                    f(lx), f(ly + 4), anchor));
            now.add(point(i, n, value(score.score())));
            before.add(point(i, n, value(score.previous())));
            anyBefore |= score.previous() != null;
        }
        return new MaturityRadar(WIDTH, HEIGHT, axes, rings, String.join(" ", now),
                anyBefore ? String.join(" ", before) : null);
    }

    private static double value(BigDecimal score) {
        return score == null ? 0 : score.doubleValue();
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
