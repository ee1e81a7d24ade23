package io.voc.nlp.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.nlp.model.ReenrichmentJob;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the {@code reenrichment_job} table (see db/migration V2), mapped to and from the aggregate. */
@Entity
@Table(name = "reenrichment_job")
public class ReenrichmentJobRow extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "index_alias", nullable = false)
    public String indexAlias;
    @Column(nullable = false)
    public String scope;
    public String product;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "target_version")
    public String targetVersion;
    @Column(nullable = false)
    public String status;
    public long total;
    public long done;
    public String checkpoint;
    public int resumes;
    public String error;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "run_started_at")
    public Instant runStartedAt;
    @Column(name = "run_started_done")
    public long runStartedDone;
    public String owner;
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
    public long version;

    static ReenrichmentJobRow of(ReenrichmentJob job) {
        ReenrichmentJob.State s = job.state();
        ReenrichmentJobRow row = new ReenrichmentJobRow();
        row.id = s.id();
        row.indexAlias = s.indexAlias();
        row.scope = s.scope().name();
        row.product = s.product();
        row.createdAt = s.createdAt();
        row.targetVersion = s.targetVersion();
        row.status = s.status().name();
        row.total = s.total();
        row.done = s.done();
        row.checkpoint = s.checkpoint();
        row.resumes = s.resumes();
        row.error = s.error();
        row.startedAt = s.startedAt();
        row.finishedAt = s.finishedAt();
        row.runStartedAt = s.runStartedAt();
        row.runStartedDone = s.runStartedDone();
        row.owner = s.owner();
        row.heartbeatAt = s.heartbeatAt();
        row.version = s.version();
        return row;
    }

    ReenrichmentJob toJob() {
        return ReenrichmentJob.restore(new ReenrichmentJob.State(id, indexAlias, ReenrichmentJob.Scope.valueOf(scope),
                product, createdAt, targetVersion, ReenrichmentJob.Status.valueOf(status), total, done, checkpoint,
                resumes, error, startedAt, finishedAt, runStartedAt, runStartedDone, owner, heartbeatAt, version));
    }
}
