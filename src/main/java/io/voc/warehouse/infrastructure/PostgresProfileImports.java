package io.voc.warehouse.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voc.warehouse.application.ProfileImports;
import io.voc.warehouse.application.WarehouseUnavailableException;
import io.voc.warehouse.model.ProfileImport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The record of profile imports in PostgreSQL's {@code profile_import} (db/migration V17). */
@ApplicationScoped
class PostgresProfileImports implements ProfileImports {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final TypeReference<List<ProfileImport.Rejection>> REJECTIONS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, slot, requested_by, created_at, status, owner, started_at, heartbeat_at,"
            + " finished_at, rows_read, rows_imported, rows_removed, rows_rejected, rejections, error";
    private static final String INSERT = "insert into profile_import (" + COLUMNS + ") values ($1, $2, $3, $4, $5, $6,"
            + " $7, $8, $9, $10, $11, $12, $13, $14, $15) on conflict (slot) do nothing";
    private static final String SAVE = """
            update profile_import set status = $2, owner = $3, started_at = $4, heartbeat_at = $5, finished_at = $6,
                rows_read = $7, rows_imported = $8, rows_removed = $9, rows_rejected = $10, rejections = $11,
                error = $12
            where id = $1""";
    /** Of several instances exactly one takes a queued import: the row is locked and skipped by the others. */
    private static final String TAKE = """
            update profile_import set status = 'RUNNING', owner = $1, started_at = $2, heartbeat_at = $2
            where id = (select id from profile_import where status = 'QUEUED' order by created_at
                        for update skip locked limit 1)
            returning\s""" + COLUMNS;

    private final Pool pool;
    private final ObjectMapper json;

    PostgresProfileImports(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    @Override
    public boolean add(ProfileImport run) {
        ProfileImport.State s = run.state();
        Tuple row = Tuple.tuple().addUUID(s.id()).addString(s.slot()).addString(s.requestedBy())
                .addOffsetDateTime(at(s.createdAt())).addString(s.status().name()).addString(s.owner())
                .addOffsetDateTime(at(s.startedAt())).addOffsetDateTime(at(s.heartbeatAt()))
                .addOffsetDateTime(at(s.finishedAt())).addLong(s.read()).addLong(s.imported()).addLong(s.removed())
                .addLong(s.rejected()).addString(rejections(s.rejections())).addString(s.error());
        return await(() -> pool.preparedQuery(INSERT).execute(row).map(rows -> rows.rowCount() == 1));
    }

    @Override
    public Optional<ProfileImport> take(String instance) {
        return await(() -> pool.preparedQuery(TAKE).execute(Tuple.of(instance, at(Instant.now())))
                .map(rows -> first(rows)));
    }

    @Override
    public void save(ProfileImport run) {
        ProfileImport.State s = run.state();
        Tuple row = Tuple.tuple().addUUID(s.id()).addString(s.status().name()).addString(s.owner())
                .addOffsetDateTime(at(s.startedAt())).addOffsetDateTime(at(s.heartbeatAt()))
                .addOffsetDateTime(at(s.finishedAt())).addLong(s.read()).addLong(s.imported()).addLong(s.removed())
                .addLong(s.rejected()).addString(rejections(s.rejections())).addString(s.error());
        await(() -> pool.preparedQuery(SAVE).execute(row).map(rows -> rows.rowCount()));
    }

    @Override
    public Optional<ProfileImport> find(UUID id) {
        return await(() -> pool.preparedQuery("select " + COLUMNS + " from profile_import where id = $1")
                .execute(Tuple.of(id)).map(this::first));
    }

    @Override
    public List<ProfileImport> recent(int limit) {
        return await(() -> pool.preparedQuery("select " + COLUMNS + " from profile_import order by created_at desc limit $1")
                .execute(Tuple.of(limit)).map(this::all));
    }

    @Override
    public List<ProfileImport> running() {
        return await(() -> pool.query("select " + COLUMNS + " from profile_import where status = 'RUNNING'").execute()
                .map(this::all));
    }

    private Optional<ProfileImport> first(RowSet<Row> rows) {
        List<ProfileImport> all = all(rows);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private List<ProfileImport> all(RowSet<Row> rows) {
        List<ProfileImport> runs = new ArrayList<>();
        for (Row r : rows) {
            runs.add(ProfileImport.restore(new ProfileImport.State(r.getUUID("id"), r.getString("slot"),
                    r.getString("requested_by"), instant(r, "created_at"),
                    ProfileImport.Status.valueOf(r.getString("status")), r.getString("owner"), instant(r, "started_at"),
                    instant(r, "heartbeat_at"), instant(r, "finished_at"), r.getLong("rows_read"),
                    r.getLong("rows_imported"), r.getLong("rows_removed"), r.getLong("rows_rejected"),
                    rejections(r.getString("rejections")), r.getString("error"))));
        }
        return runs;
    }

    private String rejections(List<ProfileImport.Rejection> rejections) {
        try {
            return json.writeValueAsString(rejections);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ProfileImport.Rejection> rejections(String stored) {
        try {
            return json.readValue(stored, REJECTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("profile_import.rejections is not the JSON VOC wrote: " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return work.get().await().atMost(TIMEOUT);
        } catch (RuntimeException e) {
            throw new WarehouseUnavailableException("PostgreSQL: " + e.getMessage(), e);
        }
    }
}
