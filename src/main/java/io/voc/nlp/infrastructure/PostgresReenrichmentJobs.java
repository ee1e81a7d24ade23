package io.voc.nlp.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.voc.nlp.application.ReenrichmentJobs;
import io.voc.nlp.application.ReenrichmentUnavailableException;
import io.voc.nlp.model.ReenrichmentJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Re-enrichment jobs in PostgreSQL through Hibernate Reactive. Callers are blocking threads (the worker,
 * REST calls), so each call runs on a Vert.x context and waits. A save is one conditional update on the
 * version it was read at, so a cancel and the worker's checkpoint never overwrite each other.
 */
@ApplicationScoped
class PostgresReenrichmentJobs implements ReenrichmentJobs {
    private static final String SAVE = """
            targetVersion = :targetVersion, status = :status, total = :total, done = :done,
            checkpoint = :checkpoint, resumes = :resumes, error = :error, startedAt = :startedAt,
            finishedAt = :finishedAt, runStartedAt = :runStartedAt, runStartedDone = :runStartedDone,
            owner = :owner, heartbeatAt = :heartbeatAt, version = version + 1
            where id = :id and version = :version
            """;
    private static final List<String> UNFINISHED = List.of(ReenrichmentJob.Status.QUEUED.name(),
            ReenrichmentJob.Status.RUNNING.name(), ReenrichmentJob.Status.CANCELLING.name());

    @Override
    public void add(ReenrichmentJob job) {
        ReenrichmentJobRow row = ReenrichmentJobRow.of(job);
        await(() -> Panache.withTransaction(row::persist));
    }

    @Override
    public Optional<ReenrichmentJob> find(UUID id) {
        ReenrichmentJobRow row = await(() -> Panache.withSession(() -> ReenrichmentJobRow.<ReenrichmentJobRow>findById(id)));
        return Optional.ofNullable(row).map(ReenrichmentJobRow::toJob);
    }

    @Override
    public List<ReenrichmentJob> recent(String indexAlias, int limit) {
        List<ReenrichmentJobRow> rows = await(() -> Panache.withSession(() -> ReenrichmentJobRow
                .<ReenrichmentJobRow>find("indexAlias = ?1", Sort.descending("createdAt"), indexAlias)
                .page(0, limit).list()));
        return rows.stream().map(ReenrichmentJobRow::toJob).toList();
    }

    @Override
    public List<ReenrichmentJob> unfinished(String indexAlias) {
        List<ReenrichmentJobRow> rows = await(() -> Panache.withSession(() -> ReenrichmentJobRow
                .<ReenrichmentJobRow>find("indexAlias = ?1 and status in ?2", Sort.ascending("createdAt"), indexAlias,
                        UNFINISHED)
                .list()));
        return rows.stream().map(ReenrichmentJobRow::toJob).toList();
    }

    @Override
    public boolean save(ReenrichmentJob job) {
        ReenrichmentJobRow row = ReenrichmentJobRow.of(job);
        Map<String, Object> params = new HashMap<>();
        params.put("targetVersion", row.targetVersion);
        params.put("status", row.status);
        params.put("total", row.total);
        params.put("done", row.done);
        params.put("checkpoint", row.checkpoint);
        params.put("resumes", row.resumes);
        params.put("error", row.error);
        params.put("startedAt", row.startedAt);
        params.put("finishedAt", row.finishedAt);
        params.put("runStartedAt", row.runStartedAt);
        params.put("runStartedDone", row.runStartedDone);
        params.put("owner", row.owner);
        params.put("heartbeatAt", row.heartbeatAt);
        params.put("id", row.id);
        params.put("version", row.version);
        int updated = await(() -> Panache.withTransaction(() -> ReenrichmentJobRow.update(SAVE, params)));
        if (updated == 1) {
            job.saved(job.version() + 1);
            return true;
        }
        return false;
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new ReenrichmentUnavailableException("PostgreSQL: " + e.getMessage(), e);
        }
    }
}
