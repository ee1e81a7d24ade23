package io.voc.query.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.query.model.AlertCondition;
import io.voc.query.model.CronSchedule;
import io.voc.query.model.QuerySchedule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code query_schedule} (db/migration V9, V12): a saved query's schedule and alert condition. */
@Entity
@Table(name = "query_schedule")
public class QueryScheduleRow extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "query_id", nullable = false)
    public UUID queryId;
    @Column(nullable = false)
    public String cron;
    @Column(name = "time_zone", nullable = false)
    public String timeZone;
    @Column(nullable = false)
    public String metric;
    @Column(nullable = false)
    public String op;
    @Column(nullable = false)
    public double value;
    @Column(name = "change_over")
    public String changeOver;
    @Column(nullable = false)
    public boolean enabled;
    @Column(name = "active_since", nullable = false)
    public Instant activeSince;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    static QueryScheduleRow of(QuerySchedule schedule) {
        QuerySchedule.State s = schedule.state();
        QueryScheduleRow row = new QueryScheduleRow();
        row.id = s.id();
        row.queryId = s.queryId();
        row.cron = s.cron().expression();
        row.timeZone = s.cron().zone().getId();
        row.metric = s.condition().metric().name();
        row.op = s.condition().op().symbol();
        row.value = s.condition().value();
        row.changeOver = s.condition().changeOver();
        row.enabled = s.enabled();
        row.activeSince = s.activeSince();
        row.createdAt = s.createdAt();
        row.createdBy = s.createdBy();
        return row;
    }

    /** Read back through the model's own checks: a row a newer rule refuses fails loudly, not silently. */
    QuerySchedule toSchedule() {
        return QuerySchedule.restore(new QuerySchedule.State(id, queryId, CronSchedule.of(cron, timeZone),
                AlertCondition.of(metric, op, value, changeOver), enabled, activeSince, createdAt, createdBy));
    }
}
