package io.voc.experiment.model.stats;

import java.util.Locale;

/** What each unit of an experiment contributes: a number (revenue, sessions) or a yes/no (converted). */
public enum MetricKind {
    /** Any number per unit; its spread comes from the sum of squares. */
    MEAN,
    /** 0 or 1 per unit; the spread follows from the share itself, p(1 - p). */
    PROPORTION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MetricKind of(String field, String value) {
        return Names.parse(values(), MetricKind::wireName, field, value);
    }
}
