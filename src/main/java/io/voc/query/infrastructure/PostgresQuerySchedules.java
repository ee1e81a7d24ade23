package io.voc.query.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.voc.platform.persistence.Blocking;
import io.voc.query.application.QuerySchedules;
import io.voc.query.application.SavedQueriesUnavailableException;
import io.voc.query.model.QuerySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Schedules in {@code query_schedule}; deleted with their query and deleting their runs (on delete cascade). */
@ApplicationScoped
class PostgresQuerySchedules implements QuerySchedules {
    static final Blocking POSTGRES = Blocking.failingWith(SavedQueriesUnavailableException::new);

    @Override
    public void add(QuerySchedule schedule) {
        QueryScheduleRow row = QueryScheduleRow.of(schedule);
        POSTGRES.await(() -> Panache.withTransaction(() -> row.persist().replaceWithVoid()));
    }

    @Override
    public Optional<QuerySchedule> find(UUID id) {
        QueryScheduleRow row = POSTGRES.await(() -> Panache.withSession(
                () -> QueryScheduleRow.<QueryScheduleRow>findById(id)));
        return Optional.ofNullable(row).map(QueryScheduleRow::toSchedule);
    }

    @Override
    public void save(QuerySchedule schedule) {
        QuerySchedule.State s = schedule.state();
        POSTGRES.await(() -> Panache.withTransaction(() -> QueryScheduleRow.update(
                "enabled = ?1, activeSince = ?2 where id = ?3", s.enabled(), s.activeSince(), s.id())
                .replaceWithVoid()));
    }

    @Override
    public List<QuerySchedule> ofQuery(UUID queryId) {
        List<QueryScheduleRow> rows = POSTGRES.await(() -> Panache.withSession(() -> QueryScheduleRow
                .<QueryScheduleRow>list("queryId = ?1 order by createdAt, id", queryId)));
        return rows.stream().map(QueryScheduleRow::toSchedule).toList();
    }

    @Override
    public List<QuerySchedule> enabled() {
        List<QueryScheduleRow> rows = POSTGRES.await(() -> Panache.withSession(
                () -> QueryScheduleRow.<QueryScheduleRow>list("enabled = true order by id")));
        return rows.stream().map(QueryScheduleRow::toSchedule).toList();
    }

    @Override
    public boolean delete(UUID queryId, UUID scheduleId) {
        return POSTGRES.await(() -> Panache.withTransaction(
                () -> QueryScheduleRow.delete("id = ?1 and queryId = ?2", scheduleId, queryId))) > 0;
    }
}
