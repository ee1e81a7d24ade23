package io.voc.experiment.infrastructure;

import io.voc.experiment.model.stats.MetricKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.voc.experiment.application.ExperimentMeasurements;
import io.voc.experiment.application.ExperimentsUnavailableException;
import io.voc.experiment.model.FirstExposure;
import io.voc.experiment.model.Metric;
import io.voc.experiment.model.Phase;
import io.voc.experiment.model.stats.SampleStatistics;
import io.voc.platform.persistence.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The measurements of a phase, summed in PostgreSQL (group by): only one row per variant comes back, however
 * many users and events there are.
 */
@ApplicationScoped
class PostgresExperimentMeasurements implements ExperimentMeasurements {
    private static final Blocking POSTGRES = Blocking.failingWith(ExperimentsUnavailableException::new);
    /** No end yet: a time after every event (PostgreSQL's timestamptz ends in 294276). */
    private static final Instant OPEN_END = Instant.parse("9999-12-31T00:00:00Z");

    /**
     * Each user exposed in the phase, once: their first exposure's time and how many variants they saw. A user
     * who saw exactly one is a unit of that variant; one who saw several is nobody's.
     */
    private static final String PER_USER = """
            with per_user as (
                select user_id, min(variant) as variant, min(exposed_at) as first_at,
                       count(distinct variant) as variants
                from experiment_exposure
                where experiment_id = :experiment and phase = :phase
                group by user_id)
            """;
    /** Per variant the users; null as the variant: the users exposed to several. */
    private static final String EXPOSED = PER_USER + """
            select case when variants = 1 then variant end as arm, count(*)
            from per_user group by arm
            """;
    private static final String FIRST_EXPOSURES = PER_USER + """
            select user_id, variant, first_at from per_user where variants = 1 order by user_id
            """;
    /**
     * A unit's value: the sum of its metric events from its first exposure (inclusive) to the phase's end
     * (exclusive), in the experiment's product or none, and how many there were. Then per variant: n, the sum,
     * the sum of squares and the units with at least one event (a proportion's sum).
     */
    private static final String METRIC = PER_USER + """
            , per_unit as (
                select u.variant, u.user_id, coalesce(sum(m.value), 0) as value, count(m.event_id) as events
                from per_user u
                join experiment e on e.id = :experiment
                left join experiment_metric_event m
                    on m.user_id = u.user_id and m.metric = :metric
                    and m.at >= u.first_at and m.at < :until
                    and (m.product is null or m.product = e.product)
                where u.variants = 1
                group by u.variant, u.user_id)
            select variant, count(*), sum(value), sum(value * value), count(*) filter (where events > 0)
            from per_unit group by variant order by variant
            """;

    @Override
    public Exposed exposedUsers(UUID experimentId, int phase) {
        Map<String, Long> perVariant = new HashMap<>();
        long several = 0;
        for (Object[] row : rows(EXPOSED, experimentId, phase, Map.of())) {
            if (row[0] == null) {
                several = number(row[1]).longValue();
            } else {
                perVariant.put((String) row[0], number(row[1]).longValue());
            }
        }
        return new Exposed(perVariant, several);
    }

    @Override
    public Map<String, SampleStatistics> metric(UUID experimentId, Phase phase, Metric metric) {
        Instant until = phase.endedAt() == null ? OPEN_END : phase.endedAt();
        Map<String, SampleStatistics> arms = new LinkedHashMap<>();
        for (Object[] row : rows(METRIC, experimentId, phase.number(), Map.of("metric", metric.key(), "until", until))) {
            long n = number(row[1]).longValue();
            if (n < 2) {
                continue; // no spread to estimate yet (SampleStatistics needs two units)
            }
            arms.put((String) row[0], metric.kind() == MetricKind.PROPORTION
                    ? SampleStatistics.proportion(n, number(row[4]).doubleValue())
                    : SampleStatistics.mean(n, number(row[2]).doubleValue(), number(row[3]).doubleValue()));
        }
        return arms;
    }

    @Override
    public List<FirstExposure> firstExposures(UUID experimentId, int phase) {
        return rows(FIRST_EXPOSURES, experimentId, phase, Map.of()).stream()
                .map(row -> new FirstExposure((String) row[0], (String) row[1], instant(row[2]))).toList();
    }

    private static List<Object[]> rows(String sql, UUID experimentId, int phase, Map<String, Object> more) {
        return POSTGRES.await(() -> Panache.withSession(() -> Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class).setParameter("experiment", experimentId)
                    .setParameter("phase", phase);
            more.forEach(query::setParameter);
            return query.getResultList();
        })));
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime t ? t.toInstant() : (Instant) value;
    }
}
