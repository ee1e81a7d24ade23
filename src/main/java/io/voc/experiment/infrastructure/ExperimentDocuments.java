package io.voc.experiment.infrastructure;

import io.voc.experiment.model.stats.MetricKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.experiment.model.Allocation;
import io.voc.experiment.model.Decision;
import io.voc.experiment.model.Design;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.ExperimentKey;
import io.voc.experiment.model.LayerSlot;
import io.voc.experiment.model.Metric;
import io.voc.experiment.model.Metrics;
import io.voc.experiment.model.Phase;
import io.voc.experiment.model.Targeting;
import io.voc.experiment.model.Variant;
import io.voc.feedback.model.ProductKey;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The JSON text of an experiment's design, phases and conclusion in PostgreSQL. The model stays free of
 * mapping annotations: these records are its stored shape, and reading goes back through the model's
 * constructors, so a stored value a newer rule refuses fails loudly instead of slipping in.
 */
final class ExperimentDocuments {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private ExperimentDocuments() {
    }

    record VariantDoc(String key, String name, int weight) {
    }

    record MetricDoc(String key, String kind, String goal) {
    }

    record MetricsDoc(MetricDoc primary, List<MetricDoc> secondary, List<MetricDoc> guardrails) {
    }

    record TargetingDoc(Set<String> platforms, Set<String> regions, Set<String> appVersions) {
    }

    record LayerDoc(String name, int from, int to) {
    }

    record DesignDoc(String key, String hypothesis, String product, List<VariantDoc> variants, TargetingDoc targeting,
            MetricsDoc metrics, int minimumSampleSize, LayerDoc layer) {
    }

    record PhaseDoc(int number, String salt, List<VariantDoc> variants, Instant startedAt, Instant endedAt) {
    }

    record ConclusionDoc(String decision, String variant, String rationale, String by, Instant at) {
    }

    static String design(Design d) {
        Targeting t = d.targeting();
        Metrics m = d.metrics();
        LayerSlot l = d.layer();
        return write(new DesignDoc(d.key().value(), d.hypothesis(), d.product().value(), variants(d.allocation()),
                new TargetingDoc(t.platforms(), t.regions(), t.appVersions()),
                new MetricsDoc(metric(m.primary()), m.secondary().stream().map(ExperimentDocuments::metric).toList(),
                        m.guardrails().stream().map(ExperimentDocuments::metric).toList()),
                d.minimumSampleSize(), new LayerDoc(l.layer(), l.from(), l.to())));
    }

    static Design design(String text) {
        DesignDoc d = read(text, new TypeReference<>() { });
        return new Design(new ExperimentKey(d.key()), d.hypothesis(), new ProductKey(d.product()),
                allocation(d.variants()),
                new Targeting(d.targeting().platforms(), d.targeting().regions(), d.targeting().appVersions()),
                new Metrics(metric(d.metrics().primary()),
                        d.metrics().secondary().stream().map(ExperimentDocuments::metric).toList(),
                        d.metrics().guardrails().stream().map(ExperimentDocuments::metric).toList()),
                d.minimumSampleSize(), new LayerSlot(d.layer().name(), d.layer().from(), d.layer().to()));
    }

    static String phases(List<Phase> phases) {
        return write(phases.stream().map(p -> new PhaseDoc(p.number(), p.salt(), variants(p.allocation()),
                p.startedAt(), p.endedAt())).toList());
    }

    static List<Phase> phases(String text) {
        List<PhaseDoc> docs = read(text, new TypeReference<>() { });
        return docs.stream().map(p -> new Phase(p.number(), p.salt(), allocation(p.variants()), p.startedAt(),
                p.endedAt())).toList();
    }

    static String conclusion(Experiment.Conclusion c) {
        return c == null ? null : write(new ConclusionDoc(c.decision().kind().name(), c.decision().variant(),
                c.rationale(), c.by(), c.at()));
    }

    static Experiment.Conclusion conclusion(String text) {
        if (text == null) {
            return null;
        }
        ConclusionDoc c = read(text, new TypeReference<>() { });
        return new Experiment.Conclusion(new Decision(Decision.Kind.valueOf(c.decision()), c.variant()),
                c.rationale(), c.by(), c.at());
    }

    private static List<VariantDoc> variants(Allocation allocation) {
        return allocation.variants().stream().map(v -> new VariantDoc(v.key(), v.name(), v.weight())).toList();
    }

    private static Allocation allocation(List<VariantDoc> docs) {
        return new Allocation(docs.stream().map(v -> new Variant(v.key(), v.name(), v.weight())).toList());
    }

    private static MetricDoc metric(Metric m) {
        return new MetricDoc(m.key(), m.kind().name(), m.goal().name());
    }

    private static Metric metric(MetricDoc m) {
        return new Metric(m.key(), MetricKind.valueOf(m.kind()), Metric.Goal.valueOf(m.goal()));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an experiment's parts are plain values", e);
        }
    }

    private static <T> T read(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored experiment does not read back: " + e.getOriginalMessage(), e);
        }
    }
}
