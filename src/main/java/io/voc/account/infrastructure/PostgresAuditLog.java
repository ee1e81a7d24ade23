package io.voc.account.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.voc.account.application.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The audit log in the {@code voc_audit} table (db/migration V5); rows are only ever added. */
@ApplicationScoped
class PostgresAuditLog implements AuditLog {
    private static final int MAX_DETAIL = 1000;

    @Override
    public void record(UUID actorId, String actor, Action action, String target, String detail) {
        Blocking.await(() -> Panache.withTransaction(() -> Panache.getSession().chain(s -> s
                .createNativeQuery("insert into voc_audit (at, actor_id, actor, action, target, detail)"
                        + " values (:at, :actorId, :actor, :action, :target, :detail)")
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("actorId", actorId)
                .setParameter("actor", cut(actor, 64))
                .setParameter("action", action.name())
                .setParameter("target", cut(target, 200))
                .setParameter("detail", cut(detail, MAX_DETAIL))
                .executeUpdate())));
    }

    @Override
    public List<Entry> recent(int limit, Long beforeId) {
        List<Object[]> rows = Blocking.await(() -> Panache.withSession(() -> Panache.getSession().chain(s -> s
                .createNativeQuery("select id, at, actor_id, actor, action, target, detail from voc_audit"
                        + " where (:before is null or id < :before) order by id desc limit :limit", Object[].class)
                .setParameter("before", beforeId)
                .setParameter("limit", limit)
                .getResultList())));
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), PostgresSignInAttempts.instant(r[1]),
                (UUID) r[2], (String) r[3], Action.valueOf((String) r[4]), (String) r[5], (String) r[6])).toList();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
