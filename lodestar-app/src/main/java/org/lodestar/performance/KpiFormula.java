package org.lodestar.performance;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A KPI's formula: arithmetic ({@code + - * /}, parentheses, numbers) over aggregates of named measures, such as
 * {@code 100 * count(report_on_time) / count(report_due)}. The aggregates are {@code count}, {@code sum},
 * {@code mean}, {@code median}, {@code min} and {@code max}; a measure is always aggregated, since it holds one value
 * per project, request or risk behind it. Parsed into a tree and evaluated by walking it, never as code. A value
 * without data (the mean of nothing, a division by zero) is empty rather than a number made up.
 */
public final class KpiFormula {

    private static final Set<String> AGGREGATES = Set.of("count", "sum", "mean", "median", "min", "max");

    private final String text;
    private final Node root;
    private final Set<String> measures;

    private KpiFormula(String text, Node root, Set<String> measures) {
        this.text = text;
        this.root = root;
        this.measures = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(measures));
    }

    /**
     * Parses the formula, naming only measures that {@code known} accepts.
     *
     * @throws FormulaException naming the first problem and its position (0-based) in the text
     */
    public static KpiFormula parse(String text, Predicate<String> known) {
        Objects.requireNonNull(text, "text");
        Parser parser = new Parser(text, known);
        Node root = parser.expression();
        parser.skipSpaces();
        if (parser.at < text.length()) throw new FormulaException(parser.at, "performance.formula.unexpected", parser.rest());
        return new KpiFormula(text.strip(), root, parser.named);
    }

    public String text() {
        return text;
    }

    /** The measures the formula names, in the order they first appear. */
    public Set<String> measures() {
        return measures;
    }

    /** The formula's value given each measure's values (a measure missing from the map has none). */
    public OptionalDouble evaluate(Map<String, double[]> values) {
        double value = root.value(values);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    @Override
    public String toString() {
        return text;
    }

    /** A formula that does not parse: what is wrong (a message key with its argument) and where. */
    public static final class FormulaException extends RuntimeException {
        private final int position;
        private final String messageKey;
        private final String argument;

        FormulaException(int position, String messageKey, String argument) {
            super(messageKey + " at " + position + ": " + argument);
            this.position = position;
            this.messageKey = messageKey;
            this.argument = argument;
        }

        /** Where the problem starts, counting from 0. */
        public int position() {
            return position;
        }

        public String messageKey() {
            return messageKey;
        }

        public String argument() {
            return argument;
        }
    }

    /** NaN stands for "no value" inside the tree and spreads through the arithmetic. */
    private interface Node {
        double value(Map<String, double[]> values);
    }

    private record Number(double number) implements Node {
        public double value(Map<String, double[]> values) {
            return number;
        }
    }

    private record Negated(Node operand) implements Node {
        public double value(Map<String, double[]> values) {
            return -operand.value(values);
        }
    }

    private record Binary(char operator, Node left, Node right) implements Node {
        public double value(Map<String, double[]> values) {
            double l = left.value(values);
            double r = right.value(values);
            return switch (operator) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                default -> r == 0 ? Double.NaN : l / r;
            };
        }
    }

    private record Aggregate(String function, String measure) implements Node {
        public double value(Map<String, double[]> values) {
            double[] all = values.getOrDefault(measure, new double[0]);
            if (function.equals("count")) return all.length;
            if (function.equals("sum")) return Arrays.stream(all).sum();
            if (all.length == 0) return Double.NaN;
            return switch (function) {
                case "mean" -> Arrays.stream(all).average().orElseThrow();
                case "min" -> Arrays.stream(all).min().orElseThrow();
                case "max" -> Arrays.stream(all).max().orElseThrow();
                default -> median(all);
            };
        }

        private static double median(double[] all) {
            double[] sorted = all.clone();
            Arrays.sort(sorted);
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    /** Recursive descent: expression = term (± term)*, term = factor (×/ factor)*, factor = -factor | atom. */
    private static final class Parser {
        private final String text;
        private final Predicate<String> known;
        private final Set<String> named = new LinkedHashSet<>();
        private int at;

        Parser(String text, Predicate<String> known) {
            this.text = text;
            this.known = known;
        }

        Node expression() {
            Node node = term();
            for (skipSpaces(); at < text.length() && (peek() == '+' || peek() == '-'); skipSpaces()) {
                char operator = text.charAt(at++);
                node = new Binary(operator, node, term());
            }
            return node;
        }

        Node term() {
            Node node = factor();
            for (skipSpaces(); at < text.length() && (peek() == '*' || peek() == '/'); skipSpaces()) {
                char operator = text.charAt(at++);
                node = new Binary(operator, node, factor());
            }
            return node;
        }

        Node factor() {
            skipSpaces();
            if (at >= text.length()) throw new FormulaException(at, "performance.formula.end", "");
            char c = peek();
            if (c == '-') {
                at++;
                return new Negated(factor());
            }
            if (c == '(') {
                int open = at++;
                Node inside = expression();
                skipSpaces();
                if (at >= text.length() || peek() != ')') throw new FormulaException(open, "performance.formula.unclosed", "(");
                at++;
                return inside;
            }
            if (Character.isDigit(c) || c == '.') return number();
            if (isNameStart(c)) return aggregate();
            throw new FormulaException(at, "performance.formula.unexpected", rest());
        }

        private Node number() {
            int start = at;
            while (at < text.length() && (Character.isDigit(peek()) || peek() == '.')) at++;
            String digits = text.substring(start, at);
            try {
                return new Number(Double.parseDouble(digits));
            } catch (NumberFormatException notANumber) {
                throw new FormulaException(start, "performance.formula.number", digits);
            }
        }

        private Node aggregate() {
            int start = at;
            String function = name();
            skipSpaces();
            if (!AGGREGATES.contains(function.toLowerCase(Locale.ROOT))) {
                String key = at < text.length() && peek() == '(' ? "performance.formula.function" : "performance.formula.bare";
                throw new FormulaException(start, key, function);
            }
            if (at >= text.length() || peek() != '(') throw new FormulaException(at, "performance.formula.open", function);
            at++;
            skipSpaces();
            int measureAt = at;
            if (at >= text.length() || !isNameStart(peek())) throw new FormulaException(at, "performance.formula.measure", rest());
            String measure = name();
            if (!known.test(measure)) throw new FormulaException(measureAt, "performance.formula.unknown", measure);
            skipSpaces();
            if (at >= text.length() || peek() != ')') throw new FormulaException(start, "performance.formula.unclosed", function + "(");
            at++;
            named.add(measure);
            return new Aggregate(function.toLowerCase(Locale.ROOT), measure);
        }

        private String name() {
            int start = at;
            while (at < text.length() && (isNameStart(peek()) || Character.isDigit(peek()))) at++;
            return text.substring(start, at);
        }

        private static boolean isNameStart(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }

        char peek() {
            return text.charAt(at);
        }

        void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(peek())) at++;
        }

        String rest() {
            return text.substring(at, Math.min(text.length(), at + 20));
        }
    }
}
