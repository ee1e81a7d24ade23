package io.voc.query.model;

import io.voc.platform.model.InvalidInputException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a scheduled query alerts: a threshold on one number of its result - {@code count > 50} - or, with a
 * change window, on how much that number moved against the same query one window earlier: "share negative rose
 * by 10 points week over week" is share_negative, {@code >=}, 0.10, change over 7d. Shares are fractions (0.10
 * is 10 points), sentiment is -1 to 1.
 *
 * @param changeOver the comparison window ({@code 24h}, {@code 7d}, {@code 1w}); null: the threshold is on the
 *                   number itself
 */
public record AlertCondition(Metric metric, Op op, double value, String changeOver) {
    public static final String FIELD = "condition";
    /** A year back is as far as a comparison reaches; the query period itself may be up to two years. */
    public static final Duration LONGEST_CHANGE = Duration.ofDays(366);
    private static final Pattern WINDOW = Pattern.compile("([1-9][0-9]{0,3})([hdw])");

    public AlertCondition {
        Objects.requireNonNull(metric, FIELD + ".metric");
        Objects.requireNonNull(op, FIELD + ".op");
        changeOver = changeOver == null ? null : changeOver.strip().toLowerCase(Locale.ROOT);
        boolean change = changeOver != null;
        if (change) {
            window(changeOver);
        }
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(FIELD + ".value", "condition.value must be a number");
        }
        double[] range = change ? metric.changeRange : metric.range;
        if (value < range[0] || value > range[1]) {
            throw new InvalidInputException(FIELD + ".value", "condition.value for " + metric.wireName()
                    + (change ? " (a change)" : "") + " must be from " + range[0] + " to " + range[1]
                    + (metric == Metric.COUNT ? "" : " (shares are fractions: 0.10 is 10 points)")
                    + " (got " + value + ")");
        }
    }

    /** From the API's words: {@code metric}, {@code op}, {@code value}, and {@code change.over} or null. */
    public static AlertCondition of(String metric, String op, Double value, String changeOver) {
        if (value == null) {
            throw new InvalidInputException(FIELD + ".value", "condition.value is required: the threshold");
        }
        return new AlertCondition(Metric.of(metric), Op.of(op), value, changeOver);
    }

    /** How far back the comparison run is; empty: no comparison. */
    public Optional<Duration> changeWindow() {
        return Optional.ofNullable(changeOver).map(AlertCondition::window);
    }

    /**
     * Whether it alerts, given the metric now and - for a change - one window earlier. A missing number (no
     * analysed feedback, so no sentiment; no earlier run to compare with) never alerts: silence is not a signal.
     */
    public boolean holds(Double current, Double previous) {
        if (current == null) {
            return false;
        }
        if (changeOver == null) {
            return op.test(current, value);
        }
        // rounded: 0.35 - 0.25 is 0.0999..., and "rose by 10 points" must hold for it
        return previous != null && op.test(Math.round((current - previous) * 1e9) / 1e9, value);
    }

    /** "count > 50", "share_negative >= 0.1 change over 7d": for cards and the history. */
    public String describe() {
        return metric.wireName() + " " + op.symbol + " " + format(value)
                + (changeOver == null ? "" : " change over " + changeOver);
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static Duration window(String raw) {
        Matcher m = WINDOW.matcher(raw.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidInputException(FIELD + ".change.over", "condition.change.over must be a number of "
                    + "hours, days or weeks: 24h, 7d, 1w (got '" + raw + "')");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
        if (d.compareTo(LONGEST_CHANGE) > 0) {
            throw new InvalidInputException(FIELD + ".change.over", "condition.change.over may be at most "
                    + LONGEST_CHANGE.toDays() + " days (got '" + raw + "')");
        }
        return d;
    }

    /** The number of the query's result the condition looks at; the query model's metric of the same name. */
    public enum Metric {
        COUNT(new double[] {0, 1e12}, new double[] {-1e12, 1e12}),
        SHARE_NEGATIVE(new double[] {0, 1}, new double[] {-1, 1}),
        AVG_SENTIMENT(new double[] {-1, 1}, new double[] {-2, 2});

        private final double[] range;
        private final double[] changeRange;

        Metric(double[] range, double[] changeRange) {
            this.range = range;
            this.changeRange = changeRange;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Metric of(String value) {
            for (Metric m : values()) {
                if (value != null && m.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return m;
                }
            }
            throw new InvalidInputException(FIELD + ".metric", "condition.metric must be count, share_negative or "
                    + "avg_sentiment (got " + (value == null ? "nothing" : "'" + value + "'") + ")");
        }
    }

    /** How the number is compared with the threshold. */
    public enum Op {
        GT(">"), GE(">="), LT("<"), LE("<=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean test(double number, double threshold) {
            return switch (this) {
                case GT -> number > threshold;
                case GE -> number >= threshold;
                case LT -> number < threshold;
                case LE -> number <= threshold;
            };
        }

        static Op of(String value) {
            for (Op op : values()) {
                if (value != null && op.symbol.equals(value.strip())) {
                    return op;
                }
            }
            throw new InvalidInputException(FIELD + ".op", "condition.op must be >, >=, < or <= (got "
                    + (value == null ? "nothing" : "'" + value + "'") + ")");
        }
    }
}
