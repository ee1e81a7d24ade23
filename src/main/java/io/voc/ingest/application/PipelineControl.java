package io.voc.ingest.application;

/**
 * Lets an operator hold the pipeline (Elasticsearch maintenance, a reindex, a benchmark) without
 * losing anything: sources keep writing to the raw topic, and indexing resumes where it stopped.
 * The hold applies to this instance.
 */
public interface PipelineControl {
    void hold();

    void release();

    boolean isHeld();
}
