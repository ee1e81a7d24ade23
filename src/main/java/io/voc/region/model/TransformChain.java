package io.voc.region.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A region's transforms in the order configured: each gets the record the previous one kept, the first drop or
 * reject ends the chain. A transform that throws on a record does not stop the bridge: the record is rejected
 * with the transform's name and the error, so one odd record lands in the dead-letter topic instead of halting
 * a region's whole stream.
 */
public final class TransformChain {
    private final String region;
    private final List<RecordTransform> transforms;

    public TransformChain(String region, List<RecordTransform> transforms) {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("a transform chain belongs to a region");
        }
        Objects.requireNonNull(transforms, "transforms");
        Set<String> names = new HashSet<>();
        for (RecordTransform transform : transforms) {
            Objects.requireNonNull(transform, "transform");
            if (!names.add(transform.name())) {
                throw new IllegalArgumentException("region " + region + " has two transforms named '"
                        + transform.name() + "'; names must be unique so their counts stay apart");
            }
        }
        this.region = region;
        this.transforms = List.copyOf(transforms);
    }

    /** The region whose records this chain cleans. */
    public String region() {
        return region;
    }

    /** The transforms' names in order - the names metrics are tagged with. */
    public List<String> names() {
        return transforms.stream().map(RecordTransform::name).toList();
    }

    /** Runs every transform in turn on one record. Never throws for a record's content. */
    public ChainOutcome apply(RawFeedback record) {
        Objects.requireNonNull(record, "record");
        Map<String, Changes> changes = new LinkedHashMap<>();
        RawFeedback current = record;
        for (RecordTransform transform : transforms) {
            TransformOutcome outcome = safely(transform, current);
            if (outcome instanceof TransformOutcome.Kept kept) {
                changes.put(transform.name(), kept.changes());
                current = kept.record();
            } else {
                return new ChainOutcome(outcome, transform.name(), changes);
            }
        }
        return new ChainOutcome(TransformOutcome.kept(current, totalOf(changes)), null, changes);
    }

    private static Changes totalOf(Map<String, Changes> changes) {
        return changes.values().stream().reduce(Changes.NONE, Changes::plus);
    }

    private static TransformOutcome safely(RecordTransform transform, RawFeedback record) {
        try {
            TransformOutcome outcome = transform.apply(record);
            if (outcome == null) {
                return TransformOutcome.rejected("transform returned no outcome (a bug in " + transform.name() + ")");
            }
            return outcome;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null || e.getMessage().isBlank() ? "no message" : e.getMessage();
            return TransformOutcome.rejected("failed on this record with " + e.getClass().getSimpleName() + ": "
                    + message);
        }
    }

    @Override
    public String toString() {
        return "TransformChain[" + region + ": " + String.join(", ", names()) + "]";
    }
}
