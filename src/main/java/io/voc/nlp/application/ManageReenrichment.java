package io.voc.nlp.application;

import io.voc.feedback.model.ProductKey;
import io.voc.platform.model.IllegalJobStateException;
import io.voc.nlp.model.ReenrichmentJob;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * An operator's side of re-enrichment: queue a job, watch it, cancel it. A worker on some instance
 * (ReenrichmentWorker) takes queued jobs; this class never runs one.
 */
@ApplicationScoped
public class ManageReenrichment {
    public static final int MAX_LIST = 100;
    /** Cancel races with the worker's saves after every page; a few tries always get through. */
    private static final int CANCEL_TRIES = 5;

    private final ReenrichmentJobs jobs;
    private final String indexAlias;

    ManageReenrichment(ReenrichmentJobs jobs, DocumentsToReenrich documents) {
        this.jobs = jobs;
        this.indexAlias = documents.location();
    }

    /**
     * @param scope "outdated" (default) or "all"
     * @param product only this product's documents; null or blank for all products
     */
    public ReenrichmentReport start(String scope, String product) {
        ReenrichmentJob job = ReenrichmentJob.queue(indexAlias, parseScope(scope), parseProduct(product), Instant.now());
        jobs.add(job);
        return ReenrichmentReport.of(job, Instant.now());
    }

    public List<ReenrichmentReport> recent(int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIST + " (got " + limit + ")");
        }
        Instant now = Instant.now();
        return jobs.recent(indexAlias, limit).stream().map(job -> ReenrichmentReport.of(job, now)).toList();
    }

    /** Empty when there is no such job (over these indices). */
    public Optional<ReenrichmentReport> get(String id) {
        return find(id).map(job -> ReenrichmentReport.of(job, Instant.now()));
    }

    /**
     * Cancels a queued job at once and a running one after its current page (status CANCELLING until then).
     *
     * @throws IllegalJobStateException when the job has already finished
     */
    public Optional<ReenrichmentReport> cancel(String id) {
        for (int attempt = 1; attempt <= CANCEL_TRIES; attempt++) {
            Optional<ReenrichmentJob> found = find(id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ReenrichmentJob job = found.get();
            job.cancel(Instant.now());
            if (jobs.save(job)) {
                return Optional.of(ReenrichmentReport.of(job, Instant.now()));
            }
        }
        throw new ReenrichmentUnavailableException("job " + id + " kept changing while cancelling it", null);
    }

    private Optional<ReenrichmentJob> find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // no job has such an id
        }
        return jobs.find(uuid).filter(job -> job.indexAlias().equals(indexAlias));
    }

    private static ReenrichmentJob.Scope parseScope(String scope) {
        if (scope == null || scope.isBlank()) {
            return ReenrichmentJob.Scope.OUTDATED;
        }
        try {
            return ReenrichmentJob.Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("scope", "scope must be 'outdated' (documents not analysed by the "
                    + "current model) or 'all' (got '" + scope + "')");
        }
    }

    private static String parseProduct(String product) {
        if (product == null || product.isBlank()) {
            return null;
        }
        return new ProductKey(product).value(); // its InvalidFeedbackException names the field "product"
    }
}
