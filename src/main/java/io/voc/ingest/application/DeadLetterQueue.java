package io.voc.ingest.application;

import java.util.List;

/** Where records the pipeline could not accept wait for a human (the dead-letter topic). */
public interface DeadLetterQueue {

    /** The newest dead letters, newest first. */
    List<DeadLetter> latest(int limit);

    /** How many records the queue holds in all (including replayed ones, which stay for the record). */
    long size();

    /**
     * Feeds every record not replayed before back into the pipeline, as it was first received (after
     * a fix, say). Records still invalid come back to the queue with a fresh reason.
     *
     * @return how many records were replayed
     */
    long replay();
}
