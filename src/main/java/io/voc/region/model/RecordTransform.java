package io.voc.region.model;

/**
 * One step that cleans raw feedback on its way from a regional cluster to the home cluster. Implementations are
 * pure functions of the record and their configuration: no I/O, no state between records, so the bridge can
 * replay a record after a crash and get the same result (part of copying it exactly once).
 */
public interface RecordTransform {

    /** The name under which this step's changes, drops and rejects are counted; unique within a chain. */
    String name();

    /** What to do with one record. May throw on a record it cannot handle; the chain turns that into a reject. */
    TransformOutcome apply(RawFeedback record);
}
