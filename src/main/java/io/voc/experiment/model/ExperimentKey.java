package io.voc.experiment.model;

import java.util.regex.Pattern;

/**
 * How apps and people name an experiment ({@code checkout-button-color}): part of every assignment's hash,
 * so it never changes once the experiment exists.
 */
public record ExperimentKey(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

    public ExperimentKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidExperimentException("key", "key must be 3-64 characters of a-z, 0-9 and '-', starting "
                    + "with a letter or digit (got " + (value == null ? "nothing" : "'" + value + "'") + ")");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
