package io.voc.region.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a region's whole transform chain decided about one record: the final {@link TransformOutcome}, which
 * transform decided it when the record was dropped or rejected, and the changes of every transform that ran, by
 * transform name - what the bridge counts per transform and kind. Changes made before a drop or reject are
 * included: the work happened, and hiding it would make counts disagree with what transforms logged.
 */
public record ChainOutcome(TransformOutcome outcome, String decidedBy, Map<String, Changes> changes) {

    public ChainOutcome {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome instanceof TransformOutcome.Kept) != (decidedBy == null)) {
            throw new IllegalArgumentException("a drop or reject names the transform that decided it, a kept record"
                    + " names none");
        }
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    public boolean isKept() {
        return outcome instanceof TransformOutcome.Kept;
    }

    public boolean isDropped() {
        return outcome instanceof TransformOutcome.Dropped;
    }

    public boolean isRejected() {
        return outcome instanceof TransformOutcome.Rejected;
    }

    /** The record to write to the home cluster; empty when dropped or rejected. */
    public Optional<RawFeedback> record() {
        return outcome instanceof TransformOutcome.Kept kept ? Optional.of(kept.record()) : Optional.empty();
    }

    /** The drop rule's name; empty unless dropped. */
    public Optional<String> dropRule() {
        return outcome instanceof TransformOutcome.Dropped dropped ? Optional.of(dropped.rule()) : Optional.empty();
    }

    /**
     * The reason to put on the dead-letter record, naming the transform
     * ({@code map-schema: schemaVersion 3 has no mapping...}); empty unless rejected.
     */
    public Optional<String> rejectReason() {
        return outcome instanceof TransformOutcome.Rejected rejected
                ? Optional.of(decidedBy + ": " + rejected.reason()) : Optional.empty();
    }

    /** All changes of all transforms, added up by kind. */
    public Changes totalChanges() {
        return changes.values().stream().reduce(Changes.NONE, Changes::plus);
    }
}
