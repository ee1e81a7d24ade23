package io.voc.search.model;

import io.voc.feedback.model.ProductScope;
import java.time.Instant;
import java.util.Locale;

/**
 * What to compare: within {@code filter} (product, the caller's products, and for versions and regions
 * the time window), side a against side b along one dimension. For {@link Dimension#PERIOD} the sides are
 * time windows and the filter has none of its own.
 */
public record CompareRequest(FeedbackFilter filter, Dimension dimension, String a, String b, Instant aFrom,
        Instant aTo, Instant bFrom, Instant bTo) {

    public enum Dimension {
        APP_VERSION("appVersion"), REGION("region"), PLATFORM("platform"), CHANNEL("channel"), PERIOD(null);

        private final String field;

        Dimension(String field) {
            this.field = field;
        }

        /** The document field the sides differ in; null for periods. */
        public String field() {
            return field;
        }

        public String wireName() {
            return this == PERIOD ? "period" : field;
        }

        static Dimension parse(String value) {
            if (value == null || value.isBlank()) {
                throw new InvalidQueryException("by", "by is required: appVersion, region, platform, channel or period");
            }
            for (Dimension d : values()) {
                if (d.wireName().equalsIgnoreCase(value.strip())) {
                    return d;
                }
            }
            throw new InvalidQueryException("by", "by is appVersion, region, platform, channel or period (got '"
                    + value.toLowerCase(Locale.ROOT) + "')");
        }
    }

    /**
     * From request parameters. Versions, regions, platforms, channels: {@code a} and {@code b} are the two
     * values, within from/to. Periods: {@code a} and {@code b} are "FROM/TO" windows (days or instants).
     */
    public static CompareRequest parse(String product, String by, String a, String b, String from, String to,
            ProductScope scope) {
        Dimension dimension = Dimension.parse(by);
        require("a", a);
        require("b", b);
        if (dimension == Dimension.PERIOD) {
            FeedbackFilter sideA = window("a", a, product, scope);
            FeedbackFilter sideB = window("b", b, product, scope);
            return new CompareRequest(FeedbackFilter.parse(null, product, null, null, scope), dimension, a.strip(),
                    b.strip(), sideA.from(), sideA.to(), sideB.from(), sideB.to());
        }
        return new CompareRequest(FeedbackFilter.parse(null, product, from, to, scope), dimension, a.strip(),
                b.strip(), null, null, null, null);
    }

    /** The feedback of one side: the filter within its period, or narrowed to its value. */
    public FeedbackFilter side(boolean sideA) {
        if (dimension == Dimension.PERIOD) {
            return sideA ? filter.during(aFrom, aTo) : filter.during(bFrom, bTo);
        }
        Narrowing.Field field = switch (dimension) {
            case APP_VERSION -> Narrowing.Field.APP_VERSION;
            case REGION -> Narrowing.Field.REGION;
            case PLATFORM -> Narrowing.Field.PLATFORM;
            case CHANNEL -> Narrowing.Field.CHANNEL;
            case PERIOD -> throw new IllegalStateException("periods have no narrowing field");
        };
        return filter.narrowedTo(filter.narrowing().with(field, sideA ? a : b));
    }

    private static FeedbackFilter window(String field, String value, String product, ProductScope scope) {
        String[] bounds = value.split("/", -1);
        if (bounds.length != 2 || bounds[0].isBlank() || bounds[1].isBlank()) {
            throw new InvalidQueryException(field, field + " must be a period FROM/TO, e.g. 2026-10-01/2026-10-31");
        }
        try {
            return FeedbackFilter.parse(null, product, bounds[0], bounds[1], scope);
        } catch (InvalidQueryException e) {
            throw new InvalidQueryException(field, field + ": " + e.getMessage());
        }
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidQueryException(field, field + " is required: the " + (field.equals("a") ? "first" : "second")
                    + " side to compare");
        }
    }
}
