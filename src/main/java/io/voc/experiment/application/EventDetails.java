package io.voc.experiment.application;

import io.voc.experiment.model.Allocation;
import io.voc.experiment.model.Decision;
import io.voc.experiment.model.ExperimentEvent;
import java.util.stream.Collectors;

/** An experiment's event in words, for its history (the decision record). */
final class EventDetails {
    private EventDetails() {
    }

    static String of(ExperimentEvent event) {
        // Java 17: no pattern switch over the sealed events yet, so an instanceof chain in the same order
        if (event instanceof ExperimentEvent.Started s) {
            return "started, phase " + s.phase();
        }
        if (event instanceof ExperimentEvent.Paused p) {
            return "paused" + (p.reason() == null ? "" : ": " + p.reason());
        }
        if (event instanceof ExperimentEvent.Concluded c) {
            return decision(c.decision()) + ": " + c.rationale();
        }
        if (event instanceof ExperimentEvent.AllocationChanged a) {
            return "split " + split(a.allocation()) + (a.phase() > 0 ? ", from phase " + a.phase() : "");
        }
        if (event instanceof ExperimentEvent.Redesigned) {
            return "design changed";
        }
        return event.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT); // designed, resumed, stopped
    }

    private static String decision(Decision decision) {
        return decision.kind() == Decision.Kind.SHIP ? "concluded: ship " + decision.variant()
                : "concluded: inconclusive";
    }

    private static String split(Allocation allocation) {
        return allocation.variants().stream().map(v -> v.key() + " " + v.weight() / 100.0 + " %")
                .collect(Collectors.joining(", "));
    }
}
