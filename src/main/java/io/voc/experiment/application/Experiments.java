package io.voc.experiment.application;

import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.ExperimentEvent;
import io.voc.experiment.model.ExperimentKey;
import io.voc.experiment.model.ExperimentStatus;
import io.voc.experiment.model.LayerSlot;
import io.voc.feedback.model.ProductScope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where experiments and the events of their lives are kept. */
public interface Experiments {

    /** An experiment as stored, with the version a change to it must be made on. */
    record Stored(Experiment experiment, int version) {
    }

    /** How saving a change went. */
    enum Saved {
        SAVED,
        /** Somebody changed the experiment since it was read: nothing was written. */
        CHANGED_MEANWHILE,
        /** Another experiment took overlapping traffic in the layer meanwhile: nothing was written. */
        LAYER_TAKEN
    }

    /** One line of an experiment's history; {@code detail} in words. */
    record EventRecord(int seq, String kind, String by, Instant at, String detail) {
    }

    /** Stores a new experiment with its first event; false (nothing stored) when its key is taken. */
    boolean add(Experiment experiment, ExperimentEvent designed, String detail);

    Optional<Stored> find(ExperimentKey key);

    /** A page of the experiments about products in {@code products}, most recently changed first. */
    List<Stored> list(ProductScope products, int offset, int limit);

    /** Every experiment in that status (running ones, to read their results). */
    List<Stored> inStatus(ExperimentStatus status);

    /** The slots of the experiments holding {@code layer} (running or paused), except {@code except}'s. */
    List<LayerSlot> heldSlots(String layer, UUID except);

    /**
     * Stores the experiment after a command, with the event it caused, if it is still at
     * {@code expectedVersion}. When it now holds its layer, the layer is locked and the slots held by the others
     * checked again in the same transaction, so two starts at once cannot both take overlapping traffic.
     */
    Saved save(Experiment experiment, int expectedVersion, ExperimentEvent event, String detail);

    /** The experiment's history, oldest first. */
    List<EventRecord> events(UUID id);
}
