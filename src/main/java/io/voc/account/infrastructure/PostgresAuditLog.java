package io.voc.account.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.voc.account.application.AccountsUnavailableException;
import io.voc.account.application.AuditLog;
import io.voc.platform.persistence.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The audit log in the {@code voc_audit} table (db/migration V5); rows are only ever added. */
@ApplicationScoped
class PostgresAuditLog implements AuditLog {
    private static final Blocking POSTGRES = Blocking.failingWith(AccountsUnavailableException::new);


    @Override
    public void record(UUID actorId, String actor, Action action, String target, String detail) {
        AuditRow row = new AuditRow();
        row.at = Instant.now();
        row.actorId = actorId;
        row.actor = cut(actor, 64);
        row.action = action.name();
        row.target = cut(target, 200);
        row.detail = cut(detail, 1000);
        POSTGRES.await(() -> Panache.withTransaction(() -> row.persist().replaceWithVoid()));
    }

    @Override
    public List<Entry> recent(int limit, Long beforeId) {
        List<AuditRow> rows = POSTGRES.await(() -> Panache.withSession(() -> (beforeId == null
                ? AuditRow.<AuditRow>findAll(Sort.descending("id"))
                : AuditRow.<AuditRow>find("id < ?1", Sort.descending("id"), beforeId))
                .page(Page.ofSize(limit)).list()));
        return rows.stream().map(r -> new Entry(r.id, r.at, r.actorId, r.actor, Action.valueOf(r.action), r.target,
                r.detail)).toList();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
