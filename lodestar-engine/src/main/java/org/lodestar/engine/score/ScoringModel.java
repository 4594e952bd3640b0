package org.lodestar.engine.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Weighted criteria that turn an evaluator's ratings into a score from 0 to 100. Each criterion has a weight (all
 * weights sum to 100), a scale (points, e.g. 1 to 5) and a direction: more points are better for a benefit, worse for
 * a cost. A rating is a point on the scale; a numeric criterion maps a measured value onto the scale first.
 */
public final class ScoringModel {

    public enum Direction { BENEFIT, COST }

    /**
     * A criterion. {@code low..high} maps a measured value linearly onto {@code minPoints..maxPoints} (clipped); leave
     * both NaN for a criterion rated directly in points.
     */
    public record Criterion(String name, double weight, int minPoints, int maxPoints, Direction direction,
                            double low, double high) {
        public Criterion {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(direction, "direction");
            if (!(weight >= 0 && weight <= 100)) {
                throw new IllegalArgumentException("The weight of " + name + " must be 0 to 100%: " + weight);
            }
            if (maxPoints <= minPoints) {
                throw new IllegalArgumentException("The scale of " + name + " must go up: " + minPoints + " to " + maxPoints);
            }
            if (Double.isNaN(low) != Double.isNaN(high) || !Double.isNaN(low) && low == high) {
                throw new IllegalArgumentException("The range of " + name + " needs two different ends");
            }
        }

        /** Rated directly on a points scale, e.g. 1 to 5. */
        public static Criterion rated(String name, double weight, int minPoints, int maxPoints, Direction direction) {
            return new Criterion(name, weight, minPoints, maxPoints, direction, Double.NaN, Double.NaN);
        }

        /** Measured (e.g. NPV in EUR) and mapped from low..high onto the points scale. */
        public static Criterion measured(String name, double weight, double low, double high, int minPoints,
                                         int maxPoints, Direction direction) {
            return new Criterion(name, weight, minPoints, maxPoints, direction, low, high);
        }

        public boolean isMeasured() {
            return !Double.isNaN(low);
        }

        /** Points for a measured value. */
        public double points(double value) {
            double share = Math.max(0, Math.min(1, (value - low) / (high - low)));
            return minPoints + share * (maxPoints - minPoints);
        }

        /** 0 to 1, 1 being the best end of the scale for this criterion's direction. */
        double normalised(double points) {
            if (!(points >= minPoints && points <= maxPoints)) {
                throw new IllegalArgumentException("A rating of " + name + " must be " + minPoints + " to " + maxPoints
                        + ": " + points);
            }
            double share = (points - minPoints) / (maxPoints - minPoints);
            return direction == Direction.BENEFIT ? share : 1 - share;
        }
    }

    /** The evaluators' scores of one candidate: mean and spread over the complete scorecards only. */
    public record Evaluation(double mean, double min, double max, int complete, int incomplete, double[] criterionMeans) {
        public boolean isScored() {
            return complete > 0;
        }

        public double spread() {
            return complete == 0 ? 0 : max - min;
        }
    }

    private final List<Criterion> criteria;

    public ScoringModel(List<Criterion> criteria) {
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("A scoring model needs at least one criterion");
        }
        double sum = criteria.stream().mapToDouble(Criterion::weight).sum();
        if (Math.abs(sum - 100) > 1e-6) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "Weights must add up to 100%%; they add up to %.2f%%", sum));
        }
        this.criteria = List.copyOf(criteria);
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    /** The score (0-100) of one complete scorecard: one rating in points per criterion, in order. */
    public double score(double[] points) {
        return score(points, weights());
    }

    private double score(double[] points, double[] weights) {
        if (points.length != criteria.size()) {
            throw new IllegalArgumentException("A scorecard needs " + criteria.size() + " ratings, not " + points.length);
        }
        double score = 0;
        for (int i = 0; i < points.length; i++) {
            score += weights[i] * criteria.get(i).normalised(points[i]);
        }
        return score;
    }

    private double[] weights() {
        return criteria.stream().mapToDouble(Criterion::weight).toArray();
    }

    /** Mean and spread of several evaluators' scorecards; a card with a missing (NaN) rating is incomplete, not zero. */
    public Evaluation evaluate(List<double[]> scorecards) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int complete = 0;
        double[] criterionSums = new double[criteria.size()];
        for (double[] card : scorecards) {
            if (card.length != criteria.size() || Arrays.stream(card).anyMatch(Double::isNaN)) {
                continue;
            }
            double score = score(card);
            sum += score;
            min = Math.min(min, score);
            max = Math.max(max, score);
            for (int i = 0; i < card.length; i++) {
                criterionSums[i] += card[i];
            }
            complete++;
        }
        double[] criterionMeans = new double[criteria.size()];
        for (int i = 0; i < criterionMeans.length; i++) {
            criterionMeans[i] = complete == 0 ? Double.NaN : criterionSums[i] / complete;
        }
        return new Evaluation(complete == 0 ? Double.NaN : sum / complete, complete == 0 ? Double.NaN : min,
                complete == 0 ? Double.NaN : max, complete, scorecards.size() - complete, criterionMeans);
    }

    /**
     * Rank positions (1 = best) of candidates given their mean rating per criterion, under the model's weights and
     * with one criterion's weight moved by {@code delta} points (the others rescaled to keep 100%). Candidates with
     * no complete scorecard (NaN) rank last.
     */
    public int[] ranks(List<double[]> criterionMeans, int criterion, double delta) {
        double[] weights = weights();
        if (criterion >= 0 && delta != 0) {
            double moved = Math.max(0, Math.min(100, weights[criterion] + delta));
            double others = 100 - weights[criterion];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = i == criterion ? moved : others == 0 ? (100 - moved) / (weights.length - 1)
                        : weights[i] * (100 - moved) / others;
            }
        }
        double[] scores = new double[criterionMeans.size()];
        for (int c = 0; c < scores.length; c++) {
            double[] means = criterionMeans.get(c);
            scores[c] = Arrays.stream(means).anyMatch(Double::isNaN) ? Double.NEGATIVE_INFINITY : score(means, weights);
        }
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -scores[c]).thenComparingInt(c -> c));
        int[] ranks = new int[scores.length];
        for (int position = 0; position < order.length; position++) {
            ranks[order[position]] = position + 1;
        }
        return ranks;
    }

    /** For each criterion, the ranks with its weight 10 points lower and 10 points higher: [criterion][-/+][candidate]. */
    public int[][][] sensitivity(List<double[]> criterionMeans) {
        List<int[][]> result = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            result.add(new int[][] {ranks(criterionMeans, i, -10), ranks(criterionMeans, i, 10)});
        }
        return result.toArray(int[][][]::new);
    }
}
