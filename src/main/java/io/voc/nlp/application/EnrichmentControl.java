package io.voc.nlp.application;

/**
 * Operator's handle on this instance's NLP stage. Holding it never holds up ingestion: feedback keeps
 * being indexed (unenriched) and is enriched once the stage is released.
 */
public interface EnrichmentControl {
    void hold();

    void release();

    boolean isHeld();

    /** Records on the raw topic this instance's NLP stage has not enriched yet. */
    long lag();
}
