package io.voc.query.application;

import io.voc.account.application.AuditLog;
import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.platform.model.InvalidInputException;
import io.voc.query.model.AlertCondition;
import io.voc.query.model.CronSchedule;
import io.voc.query.model.QueryDefinition;
import io.voc.query.model.QuerySchedule;
import io.voc.query.model.QueryUser;
import io.voc.query.model.SavedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Use case: the schedules of a saved query - add one (when it runs, on what condition it alerts), list them,
 * switch one off and on, delete one. Whoever sees the query sees its schedules; adding and deleting are for whoever may change the
 * query (its owner, admins) with the query scope, because a schedule runs as the query's owner. Audited.
 */
@ApplicationScoped
public class ManageSchedules {
    /** Enough for "daily at 8" and "hourly while an incident lasts" side by side; a query is not a cron table. */
    public static final int MAX_PER_QUERY = 10;

    private final SavedQueries queries;
    private final QuerySchedules schedules;
    private final QueryDefinitionCheck definitions;
    private final AuditLog audit;
    // PostgreSQL keeps microseconds: a time read back equals the one saved
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));

    ManageSchedules(SavedQueries queries, QuerySchedules schedules, QueryDefinitionCheck definitions,
            AuditLog audit) {
        this.queries = queries;
        this.schedules = schedules;
        this.definitions = definitions;
        this.audit = audit;
    }

    public ScheduleView create(Caller caller, UUID queryId, NewSchedule asked) {
        QueryUser me = requireMayWrite(caller);
        SavedQuery query = visible(me, queryId);
        // the model checks everything the caller wrote, cron first: the field it names is the first to fix
        CronSchedule cron = CronSchedule.of(asked.cron(), asked.timeZone());
        AlertCondition condition = AlertCondition.of(asked.metric(), asked.op(), asked.value(), asked.changeOver());
        QuerySchedule schedule = QuerySchedule.create(me, query, cron, condition, clock.instant());
        requireRunnableAlone(definitions.read(query.state().definition()));
        if (schedules.ofQuery(queryId).size() >= MAX_PER_QUERY) {
            throw new InvalidInputException("schedule", "a saved query has at most " + MAX_PER_QUERY
                    + " schedules; delete one first");
        }
        schedules.add(schedule);
        audit.record(caller.userId(), caller.username(), AuditLog.Action.QUERY_SCHEDULED, target(query),
                cron + " when " + condition.describe());
        return ScheduleView.of(schedule, clock.instant());
    }

    public List<ScheduleView> list(Caller caller, UUID queryId) {
        QueryUser me = requireMayRead(caller);
        visible(me, queryId);
        return schedules.ofQuery(queryId).stream().map(s -> ScheduleView.of(s, clock.instant())).toList();
    }

    /** Switches a schedule off (it stops running) or back on (it runs from its next slot). */
    public ScheduleView switchOn(Caller caller, UUID queryId, UUID scheduleId, boolean on) {
        QueryUser me = requireMayWrite(caller);
        SavedQuery query = visible(me, queryId);
        QuerySchedule schedule = schedules.find(scheduleId).filter(s -> s.queryId().equals(queryId))
                .orElseThrow(() -> new ScheduleNotFoundException(scheduleId));
        QuerySchedule switched = schedule.switchedOn(on, me, query, clock.instant());
        if (switched != schedule) {
            schedules.save(switched);
            audit.record(caller.userId(), caller.username(), on ? AuditLog.Action.QUERY_SCHEDULE_SWITCHED_ON
                    : AuditLog.Action.QUERY_SCHEDULE_SWITCHED_OFF, target(query), "schedule " + scheduleId);
        }
        return ScheduleView.of(switched, clock.instant());
    }

    public void delete(Caller caller, UUID queryId, UUID scheduleId) {
        QueryUser me = requireMayWrite(caller);
        SavedQuery query = visible(me, queryId);
        if (!query.mayChange(me)) {
            throw new NotAllowedException("only its owner (" + query.owner() + ") or an admin may unschedule the "
                    + "saved query '" + query.name() + "'");
        }
        if (!schedules.delete(queryId, scheduleId)) {
            throw new ScheduleNotFoundException(scheduleId);
        }
        audit.record(caller.userId(), caller.username(), AuditLog.Action.QUERY_UNSCHEDULED, target(query),
                "schedule " + scheduleId);
    }

    /**
     * A schedule fills no parameters, and its alert belongs to one product: a query that cannot run that way
     * would only ever record failures, so it is refused now, naming the part of its definition to change.
     */
    private static void requireRunnableAlone(QueryDefinition definition) {
        if (definition.inWarehouse()) {
            throw new InvalidInputException("definition.hiveql", "a HiveQL query cannot be scheduled: an alert "
                    + "measures a query with filters and an aggregation");
        }
        if (!definition.parameters().isEmpty()) {
            throw new InvalidInputException("definition", "a scheduled query cannot use parameters (it uses "
                    + String.join(", ", definition.parameters().stream().sorted().map(p -> "{{" + p + "}}").toList())
                    + "): save a copy with the values written in");
        }
        if (definition.filters().products(Map.of()).size() != 1) {
            throw new InvalidInputException("definition.filters.product", "a scheduled query must name one product "
                    + "in its filters: its alerts are about that product");
        }
    }

    /** A query the caller may not see does not exist for them, nor do its schedules. */
    private SavedQuery visible(QueryUser me, UUID id) {
        return queries.find(id).filter(q -> q.isVisibleTo(me)).orElseThrow(() -> new SavedQueryNotFoundException(id));
    }

    private static QueryUser requireMayRead(Caller caller) {
        if (!caller.may(Scope.READ)) {
            throw new NotAllowedException("reading schedules needs the read scope");
        }
        return ManageSavedQueries.user(caller);
    }

    private static QueryUser requireMayWrite(Caller caller) {
        if (!caller.may(Scope.QUERY)) {
            throw new NotAllowedException("scheduling queries needs the query scope (analyst or admin)");
        }
        return ManageSavedQueries.user(caller);
    }

    private static String target(SavedQuery query) {
        return "query " + query.name() + " (" + query.id() + ")";
    }
}
