package io.voc.experiment.application;

import io.voc.experiment.model.Design;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.Metric;
import io.voc.experiment.model.Phase;
import io.voc.experiment.model.Variant;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An experiment as the API and pages show it. Weights are percentages ({@code 50.0}); {@code phase} is the
 * current one (null for a draft); {@code mayChange}: whether the one asking may command it.
 */
public record ExperimentView(String key, String hypothesis, String product, String owner, String status,
        List<VariantView> variants, TargetingView targeting, MetricsView metrics, int minimumSampleSize,
        LayerView layer, PhaseView phase, ConclusionView conclusion, Instant createdAt, Instant updatedAt,
        int version, boolean mayChange) {

    public record VariantView(String key, String name, double weight) {
    }

    public record TargetingView(Set<String> platforms, Set<String> regions, Set<String> appVersions) {
        /** "platforms android, ios; regions eu", or "everyone". */
        public String describe() {
            java.util.List<String> parts = new java.util.ArrayList<>();
            part(parts, "platforms", platforms);
            part(parts, "regions", regions);
            part(parts, "app versions", appVersions);
            return parts.isEmpty() ? "everyone" : String.join("; ", parts);
        }

        private static void part(java.util.List<String> parts, String name, Set<String> values) {
            if (!values.isEmpty()) {
                parts.add(name + " " + String.join(", ", values.stream().sorted().toList()));
            }
        }
    }

    public record MetricView(String key, String kind, String goal) {
    }

    public record MetricsView(MetricView primary, List<MetricView> secondary, List<MetricView> guardrails) {
    }

    public record LayerView(String name, int from, int to) {
    }

    public record PhaseView(int number, Instant startedAt, Instant endedAt) {
    }

    public record ConclusionView(String decision, String variant, String rationale, String by, Instant at) {
    }

    /** The split in words, "control 50.0 %, b 50.0 %", for lists. */
    public String split() {
        return String.join(", ", variants.stream().map(v -> v.key() + " " + v.weight() + " %").toList());
    }

    static ExperimentView of(Experiments.Stored stored, boolean mayChange) {
        Experiment.State s = stored.experiment().state();
        Design d = s.design();
        Phase phase = s.phases().isEmpty() ? null : s.phases().get(s.phases().size() - 1);
        Experiment.Conclusion c = s.conclusion();
        return new ExperimentView(d.key().value(), d.hypothesis(), d.product().value(), s.owner(), lower(s.status()),
                d.allocation().variants().stream().map(ExperimentView::variant).toList(),
                new TargetingView(d.targeting().platforms(), d.targeting().regions(), d.targeting().appVersions()),
                new MetricsView(metric(d.metrics().primary()),
                        d.metrics().secondary().stream().map(ExperimentView::metric).toList(),
                        d.metrics().guardrails().stream().map(ExperimentView::metric).toList()),
                d.minimumSampleSize(), new LayerView(d.layer().layer(), d.layer().from(), d.layer().to()),
                phase == null ? null : new PhaseView(phase.number(), phase.startedAt(), phase.endedAt()),
                c == null ? null : new ConclusionView(lower(c.decision().kind()), c.decision().variant(),
                        c.rationale(), c.by(), c.at()),
                s.createdAt(), s.updatedAt(), stored.version(), mayChange);
    }

    private static VariantView variant(Variant v) {
        return new VariantView(v.key(), v.name(), v.weight() / 100.0);
    }

    private static MetricView metric(Metric m) {
        return new MetricView(m.key(), lower(m.kind()), lower(m.goal()));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
