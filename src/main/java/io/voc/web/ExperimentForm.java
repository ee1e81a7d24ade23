package io.voc.web;

import io.voc.experiment.model.InvalidExperimentException;
import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The "New experiment" form: the design as people type it - variants and extra metrics one per line
 * ({@code control, Blue button, 50} and {@code revenue, mean, increase}), targeting as comma-separated values -
 * turned into the API's design, which the model checks. Kept as typed so a refused form comes back filled.
 */
public class ExperimentForm {
    public static final ExperimentForm EXAMPLE = example();

    @FormParam("key")
    public String key;
    @FormParam("hypothesis")
    public String hypothesis;
    @FormParam("product")
    public String product;
    @FormParam("variants")
    public String variants;
    @FormParam("platforms")
    public String platforms;
    @FormParam("regions")
    public String regions;
    @FormParam("appVersions")
    public String appVersions;
    @FormParam("primary")
    public String primary;
    @FormParam("secondary")
    public String secondary;
    @FormParam("guardrails")
    public String guardrails;
    @FormParam("minimumSampleSize")
    public String minimumSampleSize;
    @FormParam("layerName")
    public String layerName;
    @FormParam("layerFrom")
    public String layerFrom;
    @FormParam("layerTo")
    public String layerTo;

    ExperimentJson.DesignJson toDesign() {
        Integer sampleSize = PageForms.optionalNumber(minimumSampleSize, Integer::valueOf, "minimumSampleSize",
                "the minimum sample size is a whole number of users per variant, such as 1000");
        ExperimentJson.LayerJson layer = null;
        if (layerName != null && !layerName.isBlank()) {
            layer = new ExperimentJson.LayerJson(layerName.strip(),
                    PageForms.optionalNumber(layerFrom, Integer::valueOf, "layer.range", "layer from is a bucket, 0 to 10000"),
                    PageForms.optionalNumber(layerTo, Integer::valueOf, "layer.range", "layer to is a bucket, 0 to 10000"));
        }
        List<ExperimentJson.MetricJson> primaries = metrics(primary, "metrics.primary");
        return new ExperimentJson.DesignJson(blankIsNull(key), hypothesis, blankIsNull(product), variants(),
                new ExperimentJson.TargetingJson(set(platforms), set(regions), set(appVersions)),
                new ExperimentJson.MetricsJson(primaries.isEmpty() ? null : primaries.get(0),
                        metrics(secondary, "metrics.secondary"), metrics(guardrails, "metrics.guardrails")),
                sampleSize, layer);
    }

    private List<ExperimentJson.VariantJson> variants() {
        List<ExperimentJson.VariantJson> parsed = new ArrayList<>();
        for (String line : lines(variants)) {
            String[] parts = line.split(",");
            if (parts.length != 3) {
                throw new InvalidExperimentException("variants", "a variant is one line 'key, name, weight in percent' "
                        + "(got '" + line + "')");
            }
            Double weight = PageForms.optionalNumber(parts[2], Double::valueOf, "variants.weight",
                    "a variant's weight is a percentage such as 50 (got '" + parts[2].strip() + "')");
            parsed.add(new ExperimentJson.VariantJson(parts[0].strip(), parts[1].strip(), weight));
        }
        return parsed;
    }

    private static List<ExperimentJson.MetricJson> metrics(String text, String field) {
        List<ExperimentJson.MetricJson> parsed = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split(",");
            if (parts.length != 3) {
                throw new InvalidExperimentException(field, "a metric is one line 'key, mean or proportion, increase "
                        + "or decrease' (got '" + line + "')");
            }
            parsed.add(new ExperimentJson.MetricJson(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        return parsed;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Set<String> set(String text) {
        return new LinkedHashSet<>(PageForms.commaSeparated(text));
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ExperimentForm example() {
        ExperimentForm form = new ExperimentForm();
        form.variants = "control, Current, 50\nb, New, 50";
        form.primary = "conversion, proportion, increase";
        form.guardrails = "feedback_negative_share, proportion, decrease";
        form.minimumSampleSize = "1000";
        return form;
    }
}
