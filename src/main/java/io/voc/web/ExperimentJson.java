package io.voc.web;

import io.voc.experiment.model.stats.MetricKind;
import io.voc.experiment.model.Allocation;
import io.voc.experiment.model.Design;
import io.voc.experiment.model.ExperimentKey;
import io.voc.experiment.model.InvalidExperimentException;
import io.voc.experiment.model.LayerSlot;
import io.voc.experiment.model.Metric;
import io.voc.experiment.model.Metrics;
import io.voc.experiment.model.Targeting;
import io.voc.experiment.model.Variant;
import io.voc.feedback.model.ProductKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An experiment's design as the API takes it (docs/experiments.md), turned into the model's values, which
 * check it. Weights are percentages with at most two decimals (50, 33.33), the model's basis points exactly.
 */
final class ExperimentJson {
    private ExperimentJson() {
    }

    public record VariantJson(String key, String name, Double weight) {
    }

    public record TargetingJson(Set<String> platforms, Set<String> regions, Set<String> appVersions) {
    }

    public record MetricJson(String key, String kind, String goal) {
    }

    public record MetricsJson(MetricJson primary, List<MetricJson> secondary, List<MetricJson> guardrails) {
    }

    public record LayerJson(String name, Integer from, Integer to) {
    }

    public record DesignJson(String key, String hypothesis, String product, List<VariantJson> variants,
            TargetingJson targeting, MetricsJson metrics, Integer minimumSampleSize, LayerJson layer) {
    }

    static Design design(DesignJson json) {
        if (json == null) {
            throw new InvalidExperimentException(null, "a JSON object with the experiment's design is required");
        }
        if (json.key() == null) {
            throw new InvalidExperimentException("key", "key is required: how apps name the experiment");
        }
        ExperimentKey key = new ExperimentKey(json.key());
        if (json.product() == null) {
            throw new InvalidExperimentException("product", "product is required: the product whose users take part");
        }
        TargetingJson t = json.targeting();
        return new Design(key, json.hypothesis(), new ProductKey(json.product()), allocation(json.variants()),
                t == null ? null : new Targeting(t.platforms(), t.regions(), t.appVersions()), metrics(json.metrics()),
                json.minimumSampleSize() == null ? 0 : json.minimumSampleSize(), layer(json.layer()));
    }

    static Allocation allocation(List<VariantJson> variants) {
        if (variants == null) {
            throw new InvalidExperimentException("variants", "variants are required: a control first, then the "
                    + "others, each with its weight in percent");
        }
        List<Variant> parsed = new ArrayList<>();
        for (VariantJson v : variants) {
            if (v == null) {
                throw new InvalidExperimentException("variants", "a variant is an object with key, name and weight");
            }
            parsed.add(new Variant(v.key(), v.name(), basisPoints(v)));
        }
        return new Allocation(parsed);
    }

    private static int basisPoints(VariantJson v) {
        if (v.weight() == null) {
            throw new InvalidExperimentException("variants.weight", "variant '" + v.key() + "' needs a weight in "
                    + "percent, such as 50");
        }
        double points = v.weight() * 100;
        if (Math.abs(points - Math.rint(points)) > 1e-6) {
            throw new InvalidExperimentException("variants.weight", "weights are percentages with at most two "
                    + "decimals (got " + v.weight() + " for '" + v.key() + "')");
        }
        return (int) Math.rint(points);
    }

    private static Metrics metrics(MetricsJson json) {
        if (json == null) {
            throw new InvalidExperimentException("metrics.primary", "metrics are required, at least the primary one");
        }
        return new Metrics(metric(json.primary()), metrics(json.secondary()), metrics(json.guardrails()));
    }

    private static List<Metric> metrics(List<MetricJson> json) {
        return json == null ? List.of() : json.stream().map(ExperimentJson::metric).toList();
    }

    private static Metric metric(MetricJson json) {
        if (json == null) {
            return null; // the model names the missing primary
        }
        return new Metric(json.key(), kind(json), goal(json));
    }

    private static MetricKind kind(MetricJson json) {
        return parse(MetricKind.class, json.kind(), "metrics.kind", "metric '" + json.key()
                + "': kind is mean or proportion");
    }

    private static Metric.Goal goal(MetricJson json) {
        return parse(Metric.Goal.class, json.goal(), "metrics.goal", "metric '" + json.key()
                + "': goal is increase or decrease");
    }

    private static LayerSlot layer(LayerJson json) {
        if (json == null) {
            return null; // a layer of its own
        }
        if (json.from() == null || json.to() == null) {
            throw new InvalidExperimentException("layer.range", "a layer needs from and to: the buckets (0 to "
                    + Allocation.TOTAL + ") the experiment takes in it");
        }
        return new LayerSlot(json.name(), json.from(), json.to());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String problem) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return constant;
                }
            }
        }
        throw new InvalidExperimentException(field, problem + " (got " + (value == null ? "nothing" : "'" + value + "'")
                + ")");
    }
}
