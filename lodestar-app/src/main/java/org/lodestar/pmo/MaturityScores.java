package org.lodestar.pmo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * Scoring: a domain's score is the mean of its answered levels (1 to 5), the overall score the mean of the domains
 * that have one; both to one decimal, half up. The mean rather than P3M3's "a level counts only when all its
 * questions reach it": with three questions a domain, the strict rule moves a whole level on one answer and hides
 * the progress an improvement plan makes, which is what the history is for.
 */
public final class MaturityScores {

    private MaturityScores() {
    }

    /** Each domain's score from answers by question key (domains without an answer are left out). */
    public static Map<MaturityDomain, BigDecimal> byDomain(Map<String, Integer> levels) {
        Map<MaturityDomain, BigDecimal> scores = new EnumMap<>(MaturityDomain.class);
        for (MaturityDomain domain : MaturityDomain.values()) {
            int sum = 0;
            int count = 0;
            for (String question : domain.questions()) {
                Integer level = levels.get(question);
                if (level == null) continue;
                sum += level;
                count++;
            }
            if (count > 0) scores.put(domain, mean(sum, count));
        }
        return scores;
    }

    /** The mean of the domains' scores; null when no domain has one. */
    public static BigDecimal overall(Map<MaturityDomain, BigDecimal> byDomain) {
        if (byDomain.isEmpty()) return null;
        BigDecimal sum = byDomain.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(byDomain.size()), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(int sum, int count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
