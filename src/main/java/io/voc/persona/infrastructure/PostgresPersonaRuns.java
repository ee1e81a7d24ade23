package io.voc.persona.infrastructure;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voc.persona.application.PersonaRuns;
import io.voc.persona.application.PersonasUnavailableException;
import io.voc.persona.model.PersonaRun;
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

/** Persona runs in PostgreSQL's {@code persona_run} (db/migration V18). */
@ApplicationScoped
class PostgresPersonaRuns implements PersonaRuns {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String COLUMNS = "id, seed, k_min, k_max, window_from, window_to, requested_by, created_at,"
            + " status, phase, rows_read, rows_to_read, users_marked, users_to_mark, version, resumes, owner,"
            + " heartbeat_at, error, started_at, finished_at";
    /** Row locks make of several instances exactly one the taker; a running run counts as resumed. */
    private static final String TAKE = """
            update persona_run set resumes = resumes + case when status = 'RUNNING' then 1 else 0 end,
                status = 'RUNNING', owner = $1, heartbeat_at = $2, started_at = coalesce(started_at, $2)
            where id = (select id from persona_run
                        where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < $3)
                        order by created_at for update skip locked limit 1)
            returning\s""" + COLUMNS;
    private static final String SAVE = """
            update persona_run set status = $3, phase = $4, rows_read = $5, rows_to_read = $6, users_marked = $7,
                users_to_mark = $8, version = $9, heartbeat_at = $10, error = $11, finished_at = $12
            where id = $1 and owner = $2""";

    private final Pool pool;

    PostgresPersonaRuns(Pool pool) {
        this.pool = pool;
    }

    @Override
    public void add(PersonaRun run) {
        PersonaRun.State s = run.state();
        Tuple row = Tuple.tuple().addUUID(s.id()).addLong(s.spec().seed()).addInteger(s.spec().kMin())
                .addInteger(s.spec().kMax()).addOffsetDateTime(at(s.spec().from())).addOffsetDateTime(at(s.spec().to()))
                .addString(s.requestedBy()).addOffsetDateTime(at(s.createdAt())).addString(s.status().name());
        await(() -> pool.preparedQuery("insert into persona_run (id, seed, k_min, k_max, window_from, window_to,"
                + " requested_by, created_at, status) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)").execute(row)
                .map(RowSet::rowCount));
    }

    @Override
    public Optional<PersonaRun> take(String instance, Instant now, Duration lease) {
        return await(() -> pool.preparedQuery(TAKE).execute(Tuple.of(instance, at(now), at(now.minus(lease))))
                .map(rows -> all(rows).stream().findFirst()));
    }

    @Override
    public boolean save(PersonaRun run, String instance) {
        PersonaRun.State s = run.state();
        Tuple row = Tuple.tuple().addUUID(s.id()).addString(instance).addString(s.status().name())
                .addString(s.phase() == null ? null : s.phase().name()).addLong(s.read()).addLong(s.toRead())
                .addLong(s.marked()).addLong(s.toMark()).addLong(s.version()).addOffsetDateTime(at(s.heartbeatAt()))
                .addString(s.error()).addOffsetDateTime(at(s.finishedAt()));
        return await(() -> pool.preparedQuery(SAVE).execute(row).map(rows -> rows.rowCount() == 1));
    }

    @Override
    public Optional<PersonaRun> find(UUID id) {
        return await(() -> pool.preparedQuery("select " + COLUMNS + " from persona_run where id = $1")
                .execute(Tuple.of(id)).map(rows -> all(rows).stream().findFirst()));
    }

    @Override
    public List<PersonaRun> recent(int limit) {
        return await(() -> pool.preparedQuery("select " + COLUMNS + " from persona_run order by created_at desc limit $1")
                .execute(Tuple.of(limit)).map(PostgresPersonaRuns::all));
    }

    private static List<PersonaRun> all(RowSet<Row> rows) {
        List<PersonaRun> runs = new ArrayList<>();
        for (Row r : rows) {
            PersonaRun.Spec spec = new PersonaRun.Spec(r.getLong("seed"), r.getInteger("k_min"), r.getInteger("k_max"),
                    instant(r, "window_from"), instant(r, "window_to"));
            String phase = r.getString("phase");
            runs.add(PersonaRun.restore(new PersonaRun.State(r.getUUID("id"), spec, r.getString("requested_by"),
                    instant(r, "created_at"), PersonaRun.Status.valueOf(r.getString("status")),
                    phase == null ? null : PersonaRun.Phase.valueOf(phase), r.getLong("rows_read"),
                    r.getLong("rows_to_read"), r.getLong("users_marked"), r.getLong("users_to_mark"),
                    r.getLong("version"), r.getInteger("resumes"), r.getString("owner"), instant(r, "heartbeat_at"),
                    r.getString("error"), instant(r, "started_at"), instant(r, "finished_at"))));
        }
        return runs;
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    static <T> T await(Supplier<Uni<T>> work) {
        try {
            return work.get().await().atMost(TIMEOUT);
        } catch (RuntimeException e) {
            throw new PersonasUnavailableException("PostgreSQL: " + e.getMessage(), e);
        }
    }
}
