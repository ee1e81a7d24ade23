package io.voc.nlp.application;

import io.voc.nlp.model.ReenrichmentJob;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where re-enrichment jobs are kept (PostgreSQL): their status, checkpoint and lease survive a crash.
 *
 * @throws ReenrichmentUnavailableException from every method when the store cannot be reached
 */
public interface ReenrichmentJobs {

    void add(ReenrichmentJob job);

    Optional<ReenrichmentJob> find(UUID id);

    /** The newest jobs over these indices, newest first. */
    List<ReenrichmentJob> recent(String indexAlias, int limit);

    /** Jobs over these indices that are not finished (queued, running, cancelling), oldest first. */
    List<ReenrichmentJob> unfinished(String indexAlias);

    /**
     * Stores the job if nobody changed it since it was read (optimistic lock), and bumps its version.
     *
     * @return false when someone else saved it meanwhile: reload and decide again
     */
    boolean save(ReenrichmentJob job);
}
