package io.voc.experiment.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.voc.experiment.application.ExperimentEventStore;
import io.voc.experiment.application.ExperimentsUnavailableException;
import io.voc.experiment.model.MetricEvent;
import io.voc.experiment.model.PlacedExposure;
import io.voc.platform.persistence.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Exposures in {@code experiment_exposure}, metric events in {@code experiment_metric_event} (V14): multi-row
 * inserts that skip event ids stored already, a batch in one transaction - all of it or nothing, so the
 * consumer commits its offsets only for stored batches.
 */
@ApplicationScoped
class PostgresExperimentEvents implements ExperimentEventStore {
    private static final Blocking POSTGRES = Blocking.failingWith(ExperimentsUnavailableException::new);
    /** Rows per statement: 7 parameters each stays far below PostgreSQL's 65,535 parameters. */
    private static final int CHUNK = 500;
    private static final String EXPOSURE = "insert into experiment_exposure (event_id, experiment_id, phase, user_id, "
            + "variant, exposed_at) values ";
    private static final String EXPOSURE_ROW = "(cast(:e%1$d as varchar), cast(:x%1$d as uuid), cast(:p%1$d as integer), "
            + "cast(:u%1$d as varchar), cast(:v%1$d as varchar), cast(:a%1$d as timestamptz))";
    private static final String METRIC_EVENT = "insert into experiment_metric_event (event_id, user_id, product, metric, "
            + "value, at) values ";
    private static final String METRIC_EVENT_ROW = "(cast(:e%1$d as varchar), cast(:u%1$d as varchar), "
            + "cast(:p%1$d as varchar), cast(:m%1$d as varchar), cast(:v%1$d as double precision), "
            + "cast(:a%1$d as timestamptz))";
    private static final String SKIP_STORED = " on conflict (event_id) do nothing";

    @Override
    public int addExposures(List<PlacedExposure> exposures) {
        return insert(exposures, EXPOSURE, EXPOSURE_ROW, (query, i, placed) -> query
                .setParameter("e" + i, placed.exposure().eventId())
                .setParameter("x" + i, placed.experimentId())
                .setParameter("p" + i, placed.phase())
                .setParameter("u" + i, placed.exposure().userId())
                .setParameter("v" + i, placed.exposure().variant())
                .setParameter("a" + i, placed.exposure().at()));
    }

    @Override
    public int addMetricEvents(List<MetricEvent> events) {
        return insert(events, METRIC_EVENT, METRIC_EVENT_ROW, (query, i, event) -> query
                .setParameter("e" + i, event.eventId())
                .setParameter("u" + i, event.userId())
                .setParameter("p" + i, event.product() == null ? null : event.product().value())
                .setParameter("m" + i, event.metric())
                .setParameter("v" + i, event.value())
                .setParameter("a" + i, event.at()));
    }

    /** Binds the parameters of row {@code i}. */
    private interface Binder<T> {
        void bind(Mutiny.MutationQuery query, int i, T row);
    }

    private static <T> int insert(List<T> rows, String insert, String row, Binder<T> binder) {
        if (rows.isEmpty()) {
            return 0;
        }
        return POSTGRES.await(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> {
            Uni<Integer> inserted = Uni.createFrom().item(0);
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                inserted = inserted.chain(sum -> statement(session, chunk, insert, row, binder).executeUpdate()
                        .map(n -> sum + n));
            }
            return inserted;
        })));
    }

    private static <T> Mutiny.MutationQuery statement(Mutiny.Session session, List<T> chunk, String insert, String row,
            Binder<T> binder) {
        List<String> values = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            values.add(String.format(row, i));
        }
        Mutiny.MutationQuery query = session.createNativeQuery(insert + String.join(", ", values) + SKIP_STORED);
        for (int i = 0; i < chunk.size(); i++) {
            binder.bind(query, i, chunk.get(i));
        }
        return query;
    }
}
