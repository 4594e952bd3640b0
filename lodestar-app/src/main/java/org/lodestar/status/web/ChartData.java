package org.lodestar.status.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lodestar.status.DashboardView;

/**
 * The dashboard's chart series as JSON for data attributes (the page has no inline script, by its CSP): labels are
 * translated by the caller, so every string is escaped here.
 */
final class ChartData {

    private ChartData() {
    }

    static String trend(List<DashboardView.TrendPoint> trend, Map<String, String> names) {
        return "{\"labels\":" + strings(trend.stream().map(point -> point.week().toString()).toList())
                + ",\"names\":" + strings(List.of(names.get("GREEN"), names.get("AMBER"), names.get("RED")))
                + ",\"green\":" + numbers(trend.stream().map(DashboardView.TrendPoint::green).toList())
                + ",\"amber\":" + numbers(trend.stream().map(DashboardView.TrendPoint::amber).toList())
                + ",\"red\":" + numbers(trend.stream().map(DashboardView.TrendPoint::red).toList()) + "}";
    }

    /** A bar chart: labels and one series of values. */
    static String bars(List<String> labels, List<? extends Number> values) {
        return "{\"labels\":" + strings(labels) + ",\"values\":" + numbers(values) + "}";
    }

    /** Budget, actual and forecast per currency. */
    static String money(List<DashboardView.Totals> totals, List<String> names) {
        return "{\"labels\":" + strings(totals.stream().map(DashboardView.Totals::currency).toList())
                + ",\"names\":" + strings(names)
                + ",\"budget\":" + numbers(totals.stream().map(DashboardView.Totals::budget).toList())
                + ",\"actual\":" + numbers(totals.stream().map(DashboardView.Totals::actual).toList())
                + ",\"forecast\":" + numbers(totals.stream().map(DashboardView.Totals::forecast).toList()) + "}";
    }

    private static String numbers(List<? extends Number> values) {
        return values.stream().map(value -> value instanceof BigDecimal decimal ? decimal.toPlainString()
                : String.valueOf(value)).collect(Collectors.joining(",", "[", "]"));
    }

    private static String strings(List<String> values) {
        return values.stream().map(ChartData::string).collect(Collectors.joining(",", "[", "]"));
    }

    static String string(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') json.append(String.format("\\u%04x", (int) c));
                    else json.append(c);
                }
            }
        }
        return json.append('"').toString();
    }
}
