package io.voc.experiment.application;

import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.ExperimentEvent;
import io.voc.experiment.model.ExperimentStatus;
import io.voc.experiment.model.ExperimentUser;
import io.voc.experiment.model.Result;
import io.voc.feedback.model.ProductScope;
import io.voc.ingest.application.LineResult;
import io.voc.ingest.application.SubmitFeedbackBatch;
import io.voc.ingest.application.SubmitFeedbackBatch.NumberedSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Use case: the demo's experiment ({@link DemoExperiment}) on a fresh platform - designed and started two weeks
 * back, its listeners' exposures and metric events onto the experiment topics, their feedback through the
 * feedback pipeline (and so NLP). All ids are stable: loading again stores nothing twice. An experiment of that
 * key someone already stopped or concluded is left as it is.
 */
@ApplicationScoped
public class LoadDemoExperiment {
    private static final int CHUNK = 2_000;

    private final Experiments experiments;
    private final ExperimentEventPublisher publisher;
    private final SubmitFeedbackBatch feedback;

    LoadDemoExperiment(Experiments experiments, ExperimentEventPublisher publisher, SubmitFeedbackBatch feedback) {
        this.experiments = experiments;
        this.publisher = publisher;
        this.feedback = feedback;
    }

    public record Loaded(String experiment, String status, int exposures, int metricEvents, long feedbackAccepted,
            long feedbackAlreadyThere) {
    }

    /** With the demo feedback's last day: yesterday (UTC). {@code owner}: who appears as its designer. */
    public Loaded load(String owner) {
        return load(LocalDate.now(ZoneOffset.UTC).minusDays(1), owner);
    }

    public Loaded load(LocalDate lastDay, String owner) {
        Experiment experiment = experiments.find(DemoExperiment.KEY).map(Experiments.Stored::experiment)
                .orElseGet(() -> create(lastDay, new ExperimentUser(owner, true)));
        if (experiment.status() != ExperimentStatus.RUNNING) {
            return new Loaded(experiment.key().value(), experiment.status().name().toLowerCase(), 0, 0, 0, 0);
        }
        DemoExperiment.Traffic traffic = DemoExperiment.traffic(experiment, lastDay);
        publisher.publishExposures(traffic.exposures());
        publisher.publishMetricEvents(traffic.events());
        long accepted = 0;
        long duplicates = 0;
        for (int from = 0; from < traffic.feedback().size(); from += CHUNK) {
            List<NumberedSubmission> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(from + CHUNK, traffic.feedback().size()); i++) {
                chunk.add(new NumberedSubmission(i + 1, traffic.feedback().get(i)));
            }
            for (LineResult result : feedback.submitAll(chunk, ProductScope.allProducts())) {
                accepted += result.status() == LineResult.Status.accepted ? 1 : 0;
                duplicates += result.status() == LineResult.Status.duplicate ? 1 : 0;
            }
        }
        return new Loaded(experiment.key().value(), "running", traffic.exposures().size(), traffic.events().size(),
                accepted, duplicates);
    }

    /** Designed the day before it started, started two weeks before the last day: a demo with history. */
    private Experiment create(LocalDate lastDay, ExperimentUser owner) {
        Instant started = DemoExperiment.startedAt(lastDay);
        Experiment.Created created = Experiment.design(DemoExperiment.design(), owner, started.minusSeconds(86_400));
        if (!experiments.add(created.experiment(), created.event(), EventDetails.of(created.event()))) {
            // loaded at the same time by another call: theirs it is
            return experiments.find(DemoExperiment.KEY).orElseThrow().experiment();
        }
        Experiment experiment = created.experiment();
        Result result = experiment.start(owner, started, experiments.heldSlots(experiment.design().layer().layer(),
                experiment.id()));
        if (result instanceof Result.Accepted accepted) {
            ExperimentEvent event = accepted.event();
            experiments.save(experiment, 1, event, EventDetails.of(event));
        }
        return experiment;
    }
}
