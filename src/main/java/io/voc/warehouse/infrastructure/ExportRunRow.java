package io.voc.warehouse.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.platform.model.Lease;
import io.voc.warehouse.model.DayRange;
import io.voc.warehouse.model.ExportRun;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of the {@code warehouse_export_run} table (see db/migration V16), mapped to and from the aggregate. */
@Entity
@Table(name = "warehouse_export_run")
public class ExportRunRow extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "database_name", nullable = false)
    public String database;
    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;
    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;
    @Column(nullable = false)
    public String trigger;
    @Column(name = "scheduled_for")
    public LocalDate scheduledFor;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public String status;
    @Column(name = "last_day_done")
    public LocalDate lastDayDone;
    @Column(name = "rows_exported")
    public long rows;
    public int resumes;
    public String error;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    public String owner;
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
    public long version;

    static ExportRunRow of(ExportRun run) {
        ExportRun.State s = run.state();
        ExportRunRow row = new ExportRunRow();
        row.id = s.id();
        row.database = s.database();
        row.firstDay = s.range().first();
        row.lastDay = s.range().last();
        row.trigger = s.trigger().name();
        row.scheduledFor = s.scheduledFor();
        row.requestedBy = s.requestedBy();
        row.createdAt = s.createdAt();
        row.status = s.status().name();
        row.lastDayDone = s.lastDayDone();
        row.rows = s.rows();
        row.resumes = s.resumes();
        row.error = s.error();
        row.startedAt = s.startedAt();
        row.finishedAt = s.finishedAt();
        row.owner = s.lease().owner();
        row.heartbeatAt = s.lease().heartbeatAt();
        row.version = s.version();
        return row;
    }

    ExportRun toRun() {
        return ExportRun.restore(new ExportRun.State(id, database, new DayRange(firstDay, lastDay),
                ExportRun.Trigger.valueOf(trigger), scheduledFor, requestedBy, createdAt, ExportRun.Status.valueOf(status),
                lastDayDone, rows, resumes, error, startedAt, finishedAt, new Lease(owner, heartbeatAt), version));
    }
}
