package io.voc.experiment.application;

import io.voc.experiment.model.Exposure;
import io.voc.experiment.model.MetricEvent;
import java.util.List;

/**
 * Puts exposures and metric events on their topics, where apps may also produce them directly; returns once
 * every one is durably taken.
 *
 * @throws ExperimentEventsUnavailableException when they cannot be taken; sending them again is safe
 */
public interface ExperimentEventPublisher {

    void publishExposures(List<Exposure> exposures);

    void publishMetricEvents(List<MetricEvent> events);
}
