package io.voc.query.model;

/** How a number a schedule measured is written for people: whole counts as such, shares and scores to 3 places. */
public final class Measured {
    private Measured() {
    }

    /** "-" for nothing measured (no feedback analysed, say). */
    public static String format(Double value) {
        if (value == null) {
            return "-";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue())
                : String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
