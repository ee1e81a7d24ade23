package io.voc.experiment.application;

import io.voc.experiment.model.Exposure;
import io.voc.experiment.model.MetricEvent;
import io.voc.experiment.model.PlacedExposure;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Use case: store what came through the topics. Metric events are stored as they are; an exposure is first
 * placed in its experiment's phase, and one that fits no experiment (unknown key, no such variant or phase,
 * a time when it did not run) is refused with the reason, for the caller to park as a dead letter.
 */
@ApplicationScoped
public class RecordExperimentEvents {
    private final Experiments experiments;
    private final ExperimentEventStore store;

    RecordExperimentEvents(Experiments experiments, ExperimentEventStore store) {
        this.experiments = experiments;
        this.store = store;
    }

    /**
     * What storing a batch did: events new to the store, events it had already (replays), and the positions in
     * the batch that were refused, with the reason of each.
     */
    public record Recorded(int stored, int replays, Map<Integer, String> refused) {
    }

    /** Stores every exposure that fits its experiment (again: nothing changes). */
    public Recorded recordExposures(List<Exposure> exposures) {
        ExposedExperiments known = new ExposedExperiments(experiments);
        List<PlacedExposure> placed = new ArrayList<>(exposures.size());
        Map<Integer, String> refused = new LinkedHashMap<>();
        for (int i = 0; i < exposures.size(); i++) {
            try {
                placed.add(known.place(exposures.get(i)));
            } catch (InvalidInputException e) {
                refused.put(i, reason(e));
            }
        }
        int stored = store.addExposures(placed);
        return new Recorded(stored, placed.size() - stored, refused);
    }

    /** A broken rule as a dead letter's reason: {@code invalid_field variant: experiment 'x' has no variant 'c'...}. */
    public static String reason(InvalidInputException e) {
        return "invalid_field " + e.field() + ": " + e.getMessage();
    }

    public Recorded recordMetricEvents(List<MetricEvent> events) {
        int stored = store.addMetricEvents(events);
        return new Recorded(stored, events.size() - stored, Map.of());
    }
}
