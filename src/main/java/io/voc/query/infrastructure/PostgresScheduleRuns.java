package io.voc.query.infrastructure;

import static io.voc.query.infrastructure.PostgresQuerySchedules.POSTGRES;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.query.application.ScheduleRun;
import io.voc.query.application.ScheduleRuns;
import io.voc.query.model.AlertCondition;
import io.voc.query.model.QueryUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Runs from {@code query_schedule_run}, with their schedule's condition, their query's name and - when one
 * fired - the alert the card module keeps ({@code card_alert}: its product and what the team did with it).
 */
@ApplicationScoped
class PostgresScheduleRuns implements ScheduleRuns {
    private static final String SELECT = """
            select q.id, q.name, s.id, s.metric, s.op, s.value, s.change_over, r.slot, r.outcome, r.current_value,
                   r.previous_value, r.error, r.claimed_by, r.finished_at, r.alert_id, a.product, a.status
            from query_schedule_run r
            join query_schedule s on s.id = r.schedule_id
            join query_saved q on q.id = s.query_id
            left join card_alert a on a.id = r.alert_id
            """;
    private static final String OF_QUERY = SELECT + """
            where s.query_id = :query
            order by r.slot desc, s.id
            limit :limit
            """;
    // the partial index query_schedule_run_fired (V9) serves the order
    private static final String FIRED = SELECT + """
            where r.outcome = 'FIRED' and %s and (:allProducts or a.product = any(:products))
            order by r.slot desc, s.id
            limit :limit offset :offset
            """;

    @Override
    public List<ScheduleRun> ofQuery(UUID queryId, int limit) {
        List<Object[]> rows = POSTGRES.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(OF_QUERY, Object[].class)
                        .setParameter("query", queryId)
                        .setParameter("limit", limit)
                        .getResultList())));
        return rows.stream().map(PostgresScheduleRuns::run).toList();
    }

    @Override
    public List<ScheduleRun> fired(QueryUser user, boolean everyone, ProductScope products, int offset, int limit) {
        String sql = FIRED.formatted(VisibleQueries.condition("q", user));
        String[] granted = products.products().stream().map(ProductKey::value).sorted().toArray(String[]::new);
        List<Object[]> rows = POSTGRES.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(sql, Object[].class)
                        .setParameter("everyone", everyone)
                        .setParameter("me", user.username())
                        .setParameter("allProducts", products.isAll())
                        .setParameter("products", granted)
                        .setParameter("limit", limit)
                        .setParameter("offset", offset)
                        .getResultList())));
        return rows.stream().map(PostgresScheduleRuns::run).toList();
    }

    private static ScheduleRun run(Object[] row) {
        String condition = AlertCondition.of((String) row[3], (String) row[4], number(row[5]), (String) row[6])
                .describe();
        String outcome = row[8] == null ? ScheduleRun.UNFINISHED : ((String) row[8]).toLowerCase(Locale.ROOT);
        String alertStatus = row[16] == null ? null : ((String) row[16]).toLowerCase(Locale.ROOT);
        return new ScheduleRun((UUID) row[0], (String) row[1], (UUID) row[2], condition, instant(row[7]), outcome,
                number(row[9]), number(row[10]), (String) row[11], (String) row[12], instant(row[13]),
                (UUID) row[14], (String) row[15], alertStatus);
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime t ? t.toInstant() : (Instant) value;
    }
}
