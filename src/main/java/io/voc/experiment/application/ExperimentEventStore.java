package io.voc.experiment.application;

import io.voc.experiment.model.MetricEvent;
import io.voc.experiment.model.PlacedExposure;
import java.util.List;

/**
 * Where exposures and metric events are kept, once each by event id: adding an event whose id is stored
 * already changes nothing (the first one stays), so a batch read again after a crash, or a bulk body posted
 * twice, counts once.
 */
public interface ExperimentEventStore {

    /** @return how many were new */
    int addExposures(List<PlacedExposure> exposures);

    /** @return how many were new */
    int addMetricEvents(List<MetricEvent> events);
}
