package io.voc.experiment.application;

import io.voc.card.application.RaiseAlert;
import io.voc.card.model.Card;
import io.voc.card.model.EventKind;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.ExperimentResults;
import io.voc.experiment.model.ExperimentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Use case: tell the team when a running experiment has news - its primary metric significant for a variant, or
 * a guardrail harmed - as an {@code experiment_result} alert, which the card module sends to the channels
 * subscribed to it for the experiment's product. Each signal is announced once per phase, by one instance.
 * A broken split (sample-ratio mismatch) announces nothing: its numbers cannot be trusted.
 */
@ApplicationScoped
public class AnnounceExperimentResults {
    private static final Logger LOG = Logger.getLogger(AnnounceExperimentResults.class);

    private final Experiments experiments;
    private final ReadExperimentResults results;
    private final ResultNotices notices;
    private final RaiseAlert alerts;

    AnnounceExperimentResults(Experiments experiments, ReadExperimentResults results, ResultNotices notices,
            RaiseAlert alerts) {
        this.experiments = experiments;
        this.results = results;
        this.notices = notices;
        this.alerts = alerts;
    }

    /** A signal this instance announced. */
    public record Announced(String experiment, String signal, java.util.UUID alertId) {
    }

    /** Reads every running experiment; what this instance announced. One experiment failing stops no other. */
    public List<Announced> announceNews() {
        List<Announced> announced = new ArrayList<>();
        for (Experiments.Stored stored : experiments.inStatus(ExperimentStatus.RUNNING)) {
            Experiment experiment = stored.experiment();
            try {
                ExperimentResults read = results.of(experiment).orElseThrow().results();
                for (ExperimentResults.Signal signal : read.signals()) {
                    if (notices.claim(experiment.id(), read.phase(), signal.key())) {
                        RaiseAlert.Raised raised = raise(experiment, read, signal);
                        notices.announced(experiment.id(), read.phase(), signal.key(), raised.alertId());
                        announced.add(new Announced(experiment.key().value(), signal.key(), raised.alertId()));
                    }
                }
            } catch (RuntimeException e) {
                LOG.warnf("reading the results of experiment %s failed: %s", experiment.key(), e.getMessage());
            }
        }
        return announced;
    }

    private RaiseAlert.Raised raise(Experiment experiment, ExperimentResults read, ExperimentResults.Signal signal) {
        ExperimentResults.Comparison c = signal.comparison();
        String metric = signal.metric().metric().key();
        String change = percent(c.test().estimate());
        String title = signal.kind() == ExperimentResults.Signal.Kind.PRIMARY_SIGNIFICANT
                ? experiment.key() + ": " + c.variant() + " is " + (c.verdict() == ExperimentResults.Verdict.BETTER
                        ? "better" : "worse") + " on " + metric + " (" + change + ")"
                : experiment.key() + ": " + c.variant() + " harms the guardrail " + metric + " (" + change + ")";
        String detail = "Phase " + read.phase() + " of the experiment '" + experiment.key() + "' ("
                + experiment.design().hypothesis() + "): " + c.variant() + " against the control on " + metric
                + ", adjusted p " + String.format(Locale.ROOT, "%.4f", c.adjustedPValue()) + ". The split holds (p "
                + String.format(Locale.ROOT, "%.3f", read.srm().pValue()) + ").";
        List<Card.Fact> facts = List.of(new Card.Fact("change", change),
                new Card.Fact("95 % interval", "[" + bound(c.test().lower()) + ", " + bound(c.test().upper()) + "]"),
                new Card.Fact("users", read.exposure().stream().map(e -> e.variant() + " " + e.users())
                        .reduce((a, b) -> a + ", " + b).orElse("-")),
                new Card.Fact("minimum sample", read.reachedSampleSize() ? "reached" : "not yet reached"));
        return alerts.raise(experiment.product(), EventKind.EXPERIMENT_RESULT, title, detail,
                "/experiments/" + experiment.key(), facts);
    }

    private static String percent(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%+.1f %%", share * 100);
    }

    private static String bound(Double share) {
        return share == null ? "unbounded" : percent(share);
    }
}
