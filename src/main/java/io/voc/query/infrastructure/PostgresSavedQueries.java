package io.voc.query.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.voc.platform.persistence.Blocking;
import io.voc.platform.persistence.SqlStates;
import io.voc.query.application.SavedQueries;
import io.voc.query.application.SavedQueriesUnavailableException;
import io.voc.query.model.QueryUser;
import io.voc.query.model.SavedQuery;
import io.voc.query.model.SavedQueryChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Saved queries in {@code query_saved}, their versions in {@code query_version}. A change locks the query's
 * row, checks it is still at the version the change was made on, and writes the row and the new version in
 * one transaction: of two concurrent edits of version 3, one makes version 4 and the other finds 4 and is
 * refused, instead of silently overwriting it.
 */
@ApplicationScoped
class PostgresSavedQueries implements SavedQueries {
    private static final Blocking POSTGRES = Blocking.failingWith(SavedQueriesUnavailableException::new);

    private static final String VISIBLE = """
            select * from query_saved q
            where %s
            order by updated_at desc, id
            limit :limit offset :offset
            """;

    @Override
    public boolean add(SavedQuery query, SavedQueryChanged firstVersion) {
        SavedQueryRow row = SavedQueryRow.of(query);
        QueryVersionRow version = QueryVersionRow.of(firstVersion);
        // the query is flushed first: its version refers to it
        return POSTGRES.await(() -> Panache.withTransaction(() -> row.persistAndFlush()
                        .chain(() -> version.persist()).replaceWith(true))
                .onFailure(failure -> SqlStates.is(failure, SqlStates.UNIQUE_VIOLATION)).recoverWithItem(false));
    }

    @Override
    public Optional<SavedQuery> find(UUID id) {
        SavedQueryRow row = POSTGRES.await(() -> Panache.withSession(() -> SavedQueryRow.<SavedQueryRow>findById(id)));
        return Optional.ofNullable(row).map(SavedQueryRow::toQuery);
    }

    @Override
    public Saved save(SavedQuery query, int expectedVersion, SavedQueryChanged change) {
        QueryVersionRow version = QueryVersionRow.of(change);
        return POSTGRES.await(() -> Panache.withTransaction(() -> SavedQueryRow
                        .<SavedQueryRow>findById(query.id(), LockModeType.PESSIMISTIC_WRITE)
                        .chain(row -> {
                            if (row == null || row.version != expectedVersion) {
                                return Uni.createFrom().item(Saved.CHANGED_MEANWHILE);
                            }
                            row.copyFrom(query);
                            return Panache.flush().chain(() -> version.persist()).replaceWith(Saved.SAVED);
                        }))
                .onFailure(failure -> SqlStates.is(failure, SqlStates.UNIQUE_VIOLATION)).recoverWithItem(Saved.NAME_TAKEN));
    }

    @Override
    public List<SavedQuery> visibleTo(QueryUser user, boolean everyone, int offset, int limit) {
        String visible = VISIBLE.formatted(VisibleQueries.condition("q", user));
        List<SavedQueryRow> rows = POSTGRES.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(visible, SavedQueryRow.class)
                        .setParameter("everyone", everyone)
                        .setParameter("me", user.username())
                        .setParameter("limit", limit)
                        .setParameter("offset", offset)
                        .getResultList())));
        return rows.stream().map(SavedQueryRow::toQuery).toList();
    }

    @Override
    public List<SavedQueryChanged> history(UUID id) {
        List<QueryVersionRow> rows = POSTGRES.await(() -> Panache.withSession(
                () -> QueryVersionRow.<QueryVersionRow>list("queryId = ?1 order by version desc", id)));
        return rows.stream().map(QueryVersionRow::toVersion).toList();
    }

    @Override
    public boolean delete(UUID id) {
        // the versions go with it (on delete cascade)
        return POSTGRES.await(() -> Panache.withTransaction(() -> SavedQueryRow.delete("id", id))) > 0;
    }
}
