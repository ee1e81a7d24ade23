package io.voc.experiment.model.stats;

import java.util.Locale;

/** How treatment is set against control: treatment minus control, or that as a share of control. */
public enum Difference {
    ABSOLUTE,
    RELATIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Difference of(String field, String value) {
        return Names.parse(values(), Difference::wireName, field, value);
    }
}
