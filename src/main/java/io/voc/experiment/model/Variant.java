package io.voc.experiment.model;

import java.util.regex.Pattern;

/**
 * One arm of an experiment: its key ({@code control}, {@code b}), a name for people, and its share of the
 * experiment's traffic in basis points (1 = 0.01 %), so shares add up exactly, without rounding.
 */
public record Variant(String key, String name, int weight) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    public Variant {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidExperimentException("variants.key", "a variant key is 1-32 characters of a-z, 0-9, "
                    + "'_' and '-' (got " + (key == null ? "nothing" : "'" + key + "'") + ")");
        }
        name = name == null || name.isBlank() ? key : name.strip();
        if (weight <= 0 || weight > Allocation.TOTAL) {
            throw new InvalidExperimentException("variants.weight", "variant '" + key + "' needs a weight from 1 to "
                    + Allocation.TOTAL + " basis points (got " + weight + ")");
        }
    }
}
