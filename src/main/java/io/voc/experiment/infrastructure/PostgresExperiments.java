package io.voc.experiment.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.voc.experiment.application.Experiments;
import io.voc.experiment.application.ExperimentsUnavailableException;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.ExperimentEvent;
import io.voc.experiment.model.ExperimentKey;
import io.voc.experiment.model.ExperimentStatus;
import io.voc.experiment.model.LayerSlot;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.persistence.Blocking;
import io.voc.platform.persistence.SqlStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Experiments in {@code experiment}, their events in {@code experiment_event}. A change locks the row and
 * checks its version; a change after which the experiment holds its layer also takes the layer's advisory
 * lock and checks the slots held by the others, all in the one transaction that writes the row and its event.
 */
@ApplicationScoped
class PostgresExperiments implements Experiments {
    private static final Blocking POSTGRES = Blocking.failingWith(ExperimentsUnavailableException::new);
    // a transaction-scoped lock per layer name: held until commit, so the check and the write are one step
    private static final String LOCK_LAYER = "select 1 from (select pg_advisory_xact_lock(hashtext(:layer))) locked";
    private static final String HELD = "layerName = ?1 and status in ('RUNNING', 'PAUSED') and id <> ?2";

    @Override
    public boolean add(Experiment experiment, ExperimentEvent designed, String detail) {
        ExperimentRow row = ExperimentRow.of(experiment);
        ExperimentEventRow event = event(experiment.id(), 1, designed, detail);
        return POSTGRES.await(() -> Panache.withTransaction(() -> row.persistAndFlush()
                        .chain(() -> event.persist()).replaceWith(true))
                .onFailure(failure -> SqlStates.is(failure, SqlStates.UNIQUE_VIOLATION)).recoverWithItem(false));
    }

    @Override
    public Optional<Stored> find(ExperimentKey key) {
        ExperimentRow row = POSTGRES.await(() -> Panache.withSession(
                () -> ExperimentRow.<ExperimentRow>find("key", key.value()).firstResult()));
        return Optional.ofNullable(row).map(r -> new Stored(r.toExperiment(), r.version));
    }

    @Override
    public List<Stored> list(ProductScope products, int offset, int limit) {
        List<String> granted = products.products().stream().map(ProductKey::value).toList();
        if (!products.isAll() && granted.isEmpty()) {
            return List.of();
        }
        List<ExperimentRow> rows = POSTGRES.await(() -> Panache.withSession(() -> (products.isAll()
                ? ExperimentRow.<ExperimentRow>find("order by updatedAt desc, id")
                : ExperimentRow.<ExperimentRow>find("product in ?1 order by updatedAt desc, id", granted))
                .range(offset, offset + limit - 1).list()));
        return rows.stream().map(r -> new Stored(r.toExperiment(), r.version)).toList();
    }

    @Override
    public List<Stored> inStatus(ExperimentStatus status) {
        List<ExperimentRow> rows = POSTGRES.await(() -> Panache.withSession(
                () -> ExperimentRow.<ExperimentRow>list("status = ?1 order by id", status.name())));
        return rows.stream().map(r -> new Stored(r.toExperiment(), r.version)).toList();
    }

    @Override
    public List<LayerSlot> heldSlots(String layer, UUID except) {
        List<ExperimentRow> rows = POSTGRES.await(() -> Panache.withSession(
                () -> ExperimentRow.<ExperimentRow>list(HELD, layer, except)));
        return rows.stream().map(PostgresExperiments::slot).toList();
    }

    @Override
    public Saved save(Experiment experiment, int expectedVersion, ExperimentEvent event, String detail) {
        LayerSlot slot = experiment.design().layer();
        boolean holdsLayer = experiment.status().holdsLayer();
        return POSTGRES.await(() -> Panache.withTransaction(() -> (holdsLayer ? lockLayer(slot.layer())
                : Uni.createFrom().voidItem())
                .chain(() -> ExperimentRow.<ExperimentRow>findById(experiment.id(), LockModeType.PESSIMISTIC_WRITE))
                .chain(row -> {
                    if (row == null || row.version != expectedVersion) {
                        return Uni.createFrom().item(Saved.CHANGED_MEANWHILE);
                    }
                    Uni<Boolean> free = holdsLayer
                            ? ExperimentRow.<ExperimentRow>list(HELD, slot.layer(), experiment.id())
                                    .map(others -> others.stream().map(PostgresExperiments::slot)
                                            .noneMatch(slot::overlaps))
                            : Uni.createFrom().item(true);
                    return free.chain(isFree -> {
                        if (!isFree) {
                            return Uni.createFrom().item(Saved.LAYER_TAKEN);
                        }
                        row.copyFrom(experiment);
                        row.version = expectedVersion + 1;
                        return ExperimentEventRow.count("experimentId", experiment.id())
                                .chain(n -> event(experiment.id(), n.intValue() + 1, event, detail).persist())
                                .replaceWith(Saved.SAVED);
                    });
                })));
    }

    @Override
    public List<EventRecord> events(UUID id) {
        List<ExperimentEventRow> rows = POSTGRES.await(() -> Panache.withSession(
                () -> ExperimentEventRow.<ExperimentEventRow>list("experimentId = ?1 order by seq", id)));
        return rows.stream().map(r -> new EventRecord(r.seq, r.kind, r.byUser, r.at, r.detail)).toList();
    }

    private static Uni<Void> lockLayer(String layer) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK_LAYER)
                .setParameter("layer", layer).getSingleResult()).replaceWithVoid();
    }

    private static LayerSlot slot(ExperimentRow row) {
        return new LayerSlot(row.layerName, row.layerFrom, row.layerTo);
    }

    private static ExperimentEventRow event(UUID experimentId, int seq, ExperimentEvent event, String detail) {
        ExperimentEventRow row = new ExperimentEventRow();
        row.experimentId = experimentId;
        row.seq = seq;
        row.kind = kind(event);
        row.byUser = event.by();
        row.at = event.at();
        row.detail = detail;
        return row;
    }

    /** {@code AllocationChanged} -> {@code allocation_changed}. */
    static String kind(ExperimentEvent event) {
        return event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
