package io.voc.experiment.application;

import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.experiment.model.ArmSums;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.ExperimentResults;
import io.voc.experiment.model.FeedbackImpact;
import io.voc.experiment.model.FirstExposure;
import io.voc.experiment.model.Metric;
import io.voc.experiment.model.Phase;
import io.voc.experiment.model.ResultsAnalysis;
import io.voc.experiment.model.UserFeedback;
import io.voc.experiment.model.Variant;
import io.voc.experiment.model.stats.SampleStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: an experiment's results for its current phase - the event metrics summed in PostgreSQL, the
 * feedback its exposed users gave from their exposure on read from Elasticsearch, and both read by the model
 * ({@link ResultsAnalysis}, {@link FeedbackImpact}). Empty for a draft: nobody was assigned yet.
 */
@ApplicationScoped
public class ReadExperimentResults {
    private final ManageExperiments experiments;
    private final ExperimentMeasurements measurements;
    private final ExposedFeedback feedback;

    ReadExperimentResults(ManageExperiments experiments, ExperimentMeasurements measurements,
            ExposedFeedback feedback) {
        this.experiments = experiments;
        this.measurements = measurements;
        this.feedback = feedback;
    }

    /** The numbers of the current phase, and what the variants did to feedback. */
    public record Results(ExperimentResults results, FeedbackImpact feedbackImpact) {
    }

    public Optional<Results> results(Caller caller, String key) {
        if (!caller.may(Scope.READ)) {
            throw new NotAllowedException("reading experiments needs the read scope");
        }
        return of(experiments.visible(caller, key).experiment());
    }

    /** The results of an experiment, read for the system (announcing news), not for a caller. */
    Optional<Results> of(Experiment experiment) {
        Optional<Phase> phase = experiment.currentPhase();
        if (phase.isEmpty()) {
            return Optional.empty();
        }
        int number = phase.get().number();
        List<String> variants = phase.get().allocation().variants().stream().map(Variant::key).toList();
        List<FirstExposure> exposures = measurements.firstExposures(experiment.id(), number);
        List<UserFeedback> said = exposures.isEmpty() ? List.of() : feedback.of(experiment.product(),
                exposures.stream().map(FirstExposure::userId).toList(),
                exposures.stream().map(FirstExposure::at).min(Comparator.naturalOrder()).orElse(Instant.EPOCH));

        ExperimentMeasurements.Exposed exposed = measurements.exposedUsers(experiment.id(), number);
        Map<String, Map<String, ArmSums>> sums = new LinkedHashMap<>();
        for (Metric metric : experiment.design().metrics().all()) {
            sums.put(metric.key(), FeedbackImpact.isFeedbackMetric(metric.key())
                    ? FeedbackImpact.sums(metric.key(), variants, exposures, said)
                    : sums(measurements.metric(experiment.id(), phase.get(), metric)));
        }
        ExperimentResults results = ResultsAnalysis.analyse(experiment, phase.get(), exposed.perVariant(),
                exposed.inSeveralVariants(), sums);
        return Optional.of(new Results(results, FeedbackImpact.of(variants, exposures, said)));
    }

    /** The store leaves out variants with fewer than 2 users; the analysis says "not enough users yet" for them. */
    private static Map<String, ArmSums> sums(Map<String, SampleStatistics> statistics) {
        Map<String, ArmSums> sums = new LinkedHashMap<>();
        statistics.forEach((variant, s) -> sums.put(variant, new ArmSums(s.n(), s.sum(), s.sumSquares())));
        return sums;
    }
}
