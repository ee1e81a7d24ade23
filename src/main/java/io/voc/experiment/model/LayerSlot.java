package io.voc.experiment.model;

import java.util.regex.Pattern;

/**
 * Where an experiment sits in a layer: the buckets {@code from} (inclusive) to {@code to} (exclusive) of the
 * layer's 10,000. A user's layer bucket depends on the layer and the user only, so experiments on disjoint
 * ranges of one layer never share a user: mutually exclusive, as two tests of the same screen must be.
 */
public record LayerSlot(String layer, int from, int to) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public LayerSlot {
        if (layer == null || !NAME.matcher(layer).matches()) {
            throw new InvalidExperimentException("layer.name", "a layer name is 1-64 characters of a-z, 0-9 and '-' "
                    + "(got " + (layer == null ? "nothing" : "'" + layer + "'") + ")");
        }
        if (from < 0 || to > Allocation.TOTAL || from >= to) {
            throw new InvalidExperimentException("layer.range", "a layer range is from 0 to " + Allocation.TOTAL
                    + " with from below to (got " + from + "-" + to + ")");
        }
    }

    /** A layer of its own: the whole traffic, shared with no other experiment. */
    public static LayerSlot own(ExperimentKey key) {
        return new LayerSlot("exp-" + key.value(), 0, Allocation.TOTAL);
    }

    public boolean overlaps(LayerSlot other) {
        return layer.equals(other.layer) && from < other.to && other.from < to;
    }

    public boolean holds(String userId) {
        int bucket = Buckets.of("layer:" + layer, userId);
        return bucket >= from && bucket < to;
    }

    /** The share of the layer's users the experiment may take, 0 to 1. */
    public double coverage() {
        return (to - from) / (double) Allocation.TOTAL;
    }
}
