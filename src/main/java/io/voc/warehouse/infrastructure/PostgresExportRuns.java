package io.voc.warehouse.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.voc.platform.persistence.Blocking;
import io.voc.warehouse.application.ExportRuns;
import io.voc.warehouse.application.WarehouseUnavailableException;
import io.voc.warehouse.model.DayRange;
import io.voc.warehouse.model.ExportRun;
import io.voc.warehouse.model.ExportedDay;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Export runs and exported days in PostgreSQL through Hibernate Reactive. A save is one conditional update on the
 * version it was read at, so a cancel and the worker's checkpoint never overwrite each other; a day's record is
 * written in the same transaction as the checkpoint that counts it.
 */
@ApplicationScoped
class PostgresExportRuns implements ExportRuns {
    private static final Blocking POSTGRES = Blocking.failingWith(WarehouseUnavailableException::new);
    private static final String INSERT = """
            insert into warehouse_export_run (id, database_name, first_day, last_day, trigger, scheduled_for,
                requested_by, created_at, status, last_day_done, rows_exported, resumes, error, started_at,
                finished_at, owner, heartbeat_at, version)
            values (:id, :database, :first, :last, :trigger, :scheduledFor, :requestedBy, :createdAt, :status,
                :lastDayDone, :rows, :resumes, :error, :startedAt, :finishedAt, :owner, :heartbeatAt, 0)
            on conflict do nothing
            """;
    private static final String SAVE = """
            status = :status, lastDayDone = :lastDayDone, rows = :rows, resumes = :resumes, error = :error,
            startedAt = :startedAt, finishedAt = :finishedAt, owner = :owner, heartbeatAt = :heartbeatAt,
            version = version + 1
            where id = :id and version = :version
            """;
    private static final String RECORD_DAY = """
            insert into warehouse_exported_day (database_name, day, rows_exported, exported_at, run_id)
            values (:database, :day, :rows, :exportedAt, :run)
            on conflict (database_name, day) do update set rows_exported = excluded.rows_exported,
                exported_at = excluded.exported_at, run_id = excluded.run_id
            """;
    private static final String DAYS = """
            select day, rows_exported, exported_at, run_id from warehouse_exported_day
            where database_name = :database and day between :first and :last order by day
            """;
    private static final List<String> UNFINISHED = List.of(ExportRun.Status.QUEUED.name(),
            ExportRun.Status.RUNNING.name(), ExportRun.Status.CANCELLING.name());

    @Override
    public boolean add(ExportRun run) {
        if (run.version() != 0) {
            throw new IllegalArgumentException("run " + run.id() + " was stored before");
        }
        ExportRunRow row = ExportRunRow.of(run);
        int inserted = POSTGRES.await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(INSERT)
                        .setParameter("id", row.id)
                        .setParameter("database", row.database)
                        .setParameter("first", row.firstDay)
                        .setParameter("last", row.lastDay)
                        .setParameter("trigger", row.trigger)
                        .setParameter("scheduledFor", row.scheduledFor)
                        .setParameter("requestedBy", row.requestedBy)
                        .setParameter("createdAt", row.createdAt)
                        .setParameter("status", row.status)
                        .setParameter("lastDayDone", row.lastDayDone)
                        .setParameter("rows", row.rows)
                        .setParameter("resumes", row.resumes)
                        .setParameter("error", row.error)
                        .setParameter("startedAt", row.startedAt)
                        .setParameter("finishedAt", row.finishedAt)
                        .setParameter("owner", row.owner)
                        .setParameter("heartbeatAt", row.heartbeatAt)
                        .executeUpdate())));
        return inserted == 1;
    }

    @Override
    public Optional<ExportRun> find(UUID id) {
        ExportRunRow row = POSTGRES.await(() -> Panache.withSession(() -> ExportRunRow.<ExportRunRow>findById(id)));
        return Optional.ofNullable(row).map(ExportRunRow::toRun);
    }

    @Override
    public List<ExportRun> recent(String database, int limit) {
        List<ExportRunRow> rows = POSTGRES.await(() -> Panache.withSession(() -> ExportRunRow
                .<ExportRunRow>find("database = ?1", Sort.descending("createdAt"), database).page(0, limit).list()));
        return rows.stream().map(ExportRunRow::toRun).toList();
    }

    @Override
    public List<ExportRun> unfinished(String database) {
        List<ExportRunRow> rows = POSTGRES.await(() -> Panache.withSession(() -> ExportRunRow
                .<ExportRunRow>find("database = ?1 and status in ?2", Sort.ascending("createdAt"), database, UNFINISHED)
                .list()));
        return rows.stream().map(ExportRunRow::toRun).toList();
    }

    @Override
    public boolean save(ExportRun run) {
        return saved(run, POSTGRES.await(() -> Panache.withTransaction(() -> update(run))));
    }

    @Override
    public boolean save(ExportRun run, ExportedDay day) {
        int updated = POSTGRES.await(() -> Panache.withTransaction(() -> update(run).chain(count -> count == 1
                ? Panache.getSession().chain(session -> session.createNativeQuery(RECORD_DAY)
                        .setParameter("database", run.database())
                        .setParameter("day", day.day())
                        .setParameter("rows", day.rows())
                        .setParameter("exportedAt", day.exportedAt())
                        .setParameter("run", day.run())
                        .executeUpdate()).replaceWith(count)
                : Uni.createFrom().item(count))));
        return saved(run, updated);
    }

    @Override
    public List<ExportedDay> exported(String database, DayRange range) {
        List<Object[]> rows = POSTGRES.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(DAYS, Object[].class)
                        .setParameter("database", database)
                        .setParameter("first", range.first())
                        .setParameter("last", range.last())
                        .getResultList())));
        return rows.stream().map(r -> new ExportedDay(toDay(r[0]), ((Number) r[1]).longValue(), toInstant(r[2]),
                (UUID) r[3])).toList();
    }

    private static Uni<Integer> update(ExportRun run) {
        ExportRunRow row = ExportRunRow.of(run);
        Map<String, Object> params = new HashMap<>();
        params.put("status", row.status);
        params.put("lastDayDone", row.lastDayDone);
        params.put("rows", row.rows);
        params.put("resumes", row.resumes);
        params.put("error", row.error);
        params.put("startedAt", row.startedAt);
        params.put("finishedAt", row.finishedAt);
        params.put("owner", row.owner);
        params.put("heartbeatAt", row.heartbeatAt);
        params.put("id", row.id);
        params.put("version", row.version);
        return ExportRunRow.update(SAVE, params);
    }

    private static boolean saved(ExportRun run, int updated) {
        if (updated == 1) {
            run.saved(run.version() + 1);
            return true;
        }
        return false;
    }

    private static LocalDate toDay(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp time ? time.toInstant() : (Instant) value;
    }
}
