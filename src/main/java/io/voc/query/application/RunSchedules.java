package io.voc.query.application;

import io.voc.account.application.Users;
import io.voc.account.model.User;
import io.voc.account.model.Username;
import io.voc.card.application.RaiseAlert;
import io.voc.card.model.Card;
import io.voc.card.model.EventKind;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.query.model.AlertCondition;
import io.voc.query.model.Measured;
import io.voc.query.model.QueryAggregation;
import io.voc.query.model.QueryDefinition;
import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;
import io.voc.query.model.QuerySchedule;
import io.voc.query.model.SavedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use case: run the schedules whose slot has come. Every instance calls it; for each due slot the instance
 * that wins the claim runs the saved query as its owner (with the owner's products today), evaluates the
 * condition - against the same query one window earlier for a change - and, when it holds, raises an alert the
 * card module sends to the channels subscribed to fired alerts of the query's product. The outcome is recorded
 * with the slot; a failure is recorded too and does not stop the other schedules.
 */
@ApplicationScoped
public class RunSchedules {
    private static final Logger LOG = Logger.getLogger(RunSchedules.class);

    private final QuerySchedules schedules;
    private final ScheduleClaims claims;
    private final SavedQueries queries;
    private final QueryDefinitionCheck definitions;
    private final QueryExecutor executor;
    private final Users users;
    private final RaiseAlert alerts;
    // names the claims in query_schedule_run, so an operator sees which instance ran (or lost) a slot
    private final String instance = ProcessHandle.current().pid() + "@" + hostName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    RunSchedules(QuerySchedules schedules, ScheduleClaims claims, SavedQueries queries,
            QueryDefinitionCheck definitions, QueryExecutor executor, Users users, RaiseAlert alerts) {
        this.schedules = schedules;
        this.claims = claims;
        this.queries = queries;
        this.definitions = definitions;
        this.executor = executor;
        this.users = users;
        this.alerts = alerts;
    }

    /** A slot this instance ran, and how it went. */
    public record Ran(UUID scheduleId, Instant slot, RunOutcome outcome) {
    }

    /** Runs every slot due at {@code now} that no instance claimed yet; what this instance ran. */
    public List<Ran> runDue(Instant now) {
        List<Ran> ran = new ArrayList<>();
        for (QuerySchedule schedule : schedules.enabled()) {
            Optional<Instant> slot = schedule.dueSlot(now);
            if (slot.isEmpty()) {
                continue;
            }
            if (!claims.claim(schedule.id(), slot.get(), instance)) {
                LOG.debugf("schedule %s, slot %s: claimed already (by another instance, or by this one earlier)",
                        schedule.id(), slot.get());
                continue;
            }
            RunOutcome outcome = run(schedule, slot.get());
            claims.finish(schedule.id(), slot.get(), outcome);
            LOG.infof("schedule %s, slot %s: ran as %s, %s", schedule.id(), slot.get(), instance,
                    outcome.kind());
            ran.add(new Ran(schedule.id(), slot.get(), outcome));
        }
        return ran;
    }

    private RunOutcome run(QuerySchedule schedule, Instant slot) {
        try {
            SavedQuery query = queries.find(schedule.queryId())
                    .orElseThrow(() -> new IllegalStateException("the saved query is gone"));
            User owner = users.find(new Username(query.owner())).filter(u -> !u.disabled())
                    .orElseThrow(() -> new IllegalStateException("the query's owner " + query.owner()
                            + " is disabled or gone: the schedule runs as them"));
            QueryDefinition measured = measuring(definitions.read(query.state().definition()), schedule.condition());
            AlertCondition condition = schedule.condition();
            // the slot is "now" for the query: a late run still covers exactly the window it was scheduled for
            Double current = measure(measured, slot, owner.grant());
            Double previous = condition.changeWindow().map(w -> measure(measured, slot.minus(w), owner.grant()))
                    .orElse(null);
            QuerySchedule.Evaluation evaluation = schedule.evaluate(slot, current, previous);
            if (!evaluation.fires()) {
                return RunOutcome.notFired(current, previous, Instant.now());
            }
            RaiseAlert.Raised raised = alerts.raise(product(measured), EventKind.ALERT_FIRED,
                    query.name() + ": " + condition.describe(),
                    "The saved query '" + query.name() + "' met its condition at " + slot + ".",
                    "/queries/" + query.id(), facts(condition, current, previous));
            return RunOutcome.fired(current, previous, raised.alertId(), Instant.now());
        } catch (RuntimeException e) {
            LOG.warnf("schedule %s, slot %s: %s", schedule.id(), slot, e.getMessage());
            return RunOutcome.failed(String.valueOf(e.getMessage()), Instant.now());
        }
    }

    /** The saved query's filters, words and period, answering the one number the condition looks at. */
    private static QueryDefinition measuring(QueryDefinition saved, AlertCondition condition) {
        if (saved.inWarehouse()) {
            throw new IllegalStateException("the saved query is HiveQL now, and alerts measure queries with filters; "
                    + "delete the schedule or save the query with filters again");
        }
        QueryAggregation.Metric metric = QueryAggregation.Metric.valueOf(condition.metric().name());
        return new QueryDefinition(saved.filters(), saved.period(), saved.text(),
                new QueryAggregation(metric, null, null, QueryAggregation.DEFAULT_SIZE));
    }

    private Double measure(QueryDefinition definition, Instant at, ProductScope scope) {
        QueryResult result = executor.execute(definition.bind(Map.of(), at, scope), QueryPage.FIRST);
        if (!(result instanceof QueryResult.Buckets buckets)) {
            throw new IllegalStateException("an aggregation answered rows");
        }
        if (buckets.buckets().isEmpty()) {
            return definition.aggregation().metric() == QueryAggregation.Metric.COUNT ? 0.0 : null;
        }
        Number value = buckets.buckets().get(0).value();
        return value == null ? null : value.doubleValue();
    }

    /** An alert belongs to one product: the one the query names. */
    private static ProductKey product(QueryDefinition definition) {
        Set<ProductKey> named = definition.filters().products(Map.of());
        if (named.size() != 1) {
            throw new IllegalStateException("an alert belongs to one product, and the query names "
                    + (named.isEmpty() ? "none" : named.size()) + "; name one product in its filters");
        }
        return named.iterator().next();
    }

    private static List<Card.Fact> facts(AlertCondition condition, Double current, Double previous) {
        List<Card.Fact> facts = new ArrayList<>();
        facts.add(new Card.Fact(condition.metric().wireName(), Measured.format(current)));
        if (condition.changeOver() != null) {
            facts.add(new Card.Fact(condition.changeOver() + " earlier", Measured.format(previous)));
        }
        facts.add(new Card.Fact("condition", condition.describe()));
        return facts;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }
}
