package io.voc.experiment.application;

import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.experiment.application.ExperimentEventJson.ExposureJson;
import io.voc.experiment.application.ExperimentEventJson.MetricEventJson;
import io.voc.experiment.model.Exposure;
import io.voc.experiment.model.MetricEvent;
import io.voc.feedback.model.ProductKey;
import io.voc.ingest.application.LineResult;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Use case: exposures and metric events in bulk (the API). Each line is judged on its own - one bad line never
 * rejects the good ones - by the rules the topic's consumer applies, plus the caller's products; the good ones
 * go onto the topics, the one path every event takes, and are stored from there. Posting a body again changes
 * nothing: events count once by their id.
 */
@ApplicationScoped
public class SubmitExperimentEvents {
    private final Experiments experiments;
    private final ExperimentEventPublisher publisher;

    SubmitExperimentEvents(Experiments experiments, ExperimentEventPublisher publisher) {
        this.experiments = experiments;
        this.publisher = publisher;
    }

    /** What line {@code line} of a body held. */
    public record Numbered<T>(long line, T json) {
    }

    public List<LineResult> exposures(Caller caller, List<Numbered<ExposureJson>> lines) {
        requireIngest(caller);
        ExposedExperiments known = new ExposedExperiments(experiments);
        List<Exposure> valid = new ArrayList<>();
        List<LineResult> results = judge(lines, json -> {
            Exposure exposure = json.toModel();
            // an experiment about a product the caller does not see does not exist for them
            ProductKey product = known.experiment(exposure).product();
            if (!caller.products().covers(product)) {
                throw new InvalidInputException("experimentKey", "there is no experiment '"
                        + exposure.experimentKey() + "'");
            }
            known.place(exposure);
            valid.add(exposure);
            return exposure.eventId();
        });
        if (!valid.isEmpty()) {
            publisher.publishExposures(valid);
        }
        return results;
    }

    public List<LineResult> metricEvents(Caller caller, List<Numbered<MetricEventJson>> lines) {
        requireIngest(caller);
        List<MetricEvent> valid = new ArrayList<>();
        List<LineResult> results = judge(lines, json -> {
            MetricEvent event = json.toModel();
            if (event.product() == null && !caller.products().isAll()) {
                // an event without a product counts for every product's experiments, also those the caller does not see
                throw new InvalidInputException("product", "product is required: you may send events of some products "
                        + "only, and an event without one would count for every product");
            }
            if (event.product() != null && !caller.products().covers(event.product())) {
                throw new InvalidInputException("product", "no access to product '" + event.product() + "'");
            }
            valid.add(event);
            return event.eventId();
        });
        if (!valid.isEmpty()) {
            publisher.publishMetricEvents(valid);
        }
        return results;
    }

    /** {@code accept} checks one line and answers its event id, or throws naming the field. */
    private static <T> List<LineResult> judge(List<Numbered<T>> lines, Function<T, String> accept) {
        List<LineResult> results = new ArrayList<>(lines.size());
        for (Numbered<T> line : lines) {
            try {
                results.add(LineResult.accepted(line.line(), accept.apply(line.json())));
            } catch (InvalidInputException e) {
                results.add(LineResult.rejected(line.line(), "invalid_field", e.getMessage(), e.field()));
            }
        }
        return results;
    }

    private static void requireIngest(Caller caller) {
        if (!caller.may(Scope.INGEST)) {
            throw new NotAllowedException("sending exposures and metric events needs the ingest scope");
        }
    }
}
