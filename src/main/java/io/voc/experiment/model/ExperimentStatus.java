package io.voc.experiment.model;

/** Draft -> running <-> paused -> stopped -> concluded; the aggregate allows no other step. */
public enum ExperimentStatus {
    /** Being designed: nothing is assigned. */
    DRAFT,
    /** Users get variants. */
    RUNNING,
    /** No new assignments for a while; its slot in the layer stays taken. */
    PAUSED,
    /** Over: no assignments, results final, the slot in the layer free again. */
    STOPPED,
    /** Decided, with a rationale: the record of what was learned. */
    CONCLUDED;

    /** Whether it holds its slot in its layer (another experiment may not take overlapping traffic). */
    public boolean holdsLayer() {
        return this == RUNNING || this == PAUSED;
    }
}
