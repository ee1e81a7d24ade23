package io.voc.experiment.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The metrics of an experiment: one primary (what decides it), secondaries (what else to learn) and
 * guardrails (what must not get worse). A metric has one role; the primary is what the sample size is for.
 */
public record Metrics(Metric primary, List<Metric> secondary, List<Metric> guardrails) {
    public Metrics {
        if (primary == null) {
            throw new InvalidExperimentException("metrics.primary", "an experiment needs a primary metric: what "
                    + "decides whether the change worked");
        }
        secondary = secondary == null ? List.of() : List.copyOf(secondary);
        guardrails = guardrails == null ? List.of() : List.copyOf(guardrails);
        Set<String> keys = new HashSet<>();
        for (Metric metric : all(primary, secondary, guardrails)) {
            if (!keys.add(metric.key())) {
                throw new InvalidExperimentException("metrics", "metric '" + metric.key() + "' appears twice; a "
                        + "metric has one role");
            }
        }
    }

    public List<Metric> all() {
        return all(primary, secondary, guardrails);
    }

    private static List<Metric> all(Metric primary, List<Metric> secondary, List<Metric> guardrails) {
        List<Metric> all = new ArrayList<>();
        all.add(primary);
        all.addAll(secondary);
        all.addAll(guardrails);
        return all;
    }
}
