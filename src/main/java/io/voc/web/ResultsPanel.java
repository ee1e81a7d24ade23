package io.voc.web;

import io.voc.experiment.application.ReadExperimentResults;
import io.voc.experiment.model.ExperimentResults;
import io.voc.experiment.model.FeedbackImpact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results table of an experiment's page: numbers as people read them, and for each comparison an interval
 * bar drawn as SVG attributes (the page's policy forbids inline styles). All bars of a metric share one scale,
 * symmetric around "no difference", so their lengths compare.
 */
public record ResultsPanel(ExperimentResults results, List<MetricRows> metrics, FeedbackImpact impact) {
    static final double WIDTH = 200;

    public record MetricRows(String key, String role, String kind, String goal, List<Row> rows) {
    }

    /** One variant of a metric: its users and mean, and against the control (null for the control itself). */
    public record Row(String variant, long users, String mean, Bar bar, String estimate, String interval,
            String pValue, String adjustedPValue, String verdict, String verdictClass) {
    }

    /** x positions in the SVG: the zero line, the interval's ends (clipped to the scale), the estimate. */
    public record Bar(double zero, double low, double high, double point, boolean openLow, boolean openHigh) {
    }

    static ResultsPanel of(ReadExperimentResults.Results both) {
        ExperimentResults results = both.results();
        List<MetricRows> metrics = new ArrayList<>();
        for (ExperimentResults.MetricResult m : results.metrics()) {
            double scale = scale(m);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < m.arms().size(); i++) {
                ExperimentResults.Arm arm = m.arms().get(i);
                String mean = arm.mean() == null ? "-" : format(arm.mean(), m.metric().kind().name().equals("PROPORTION"));
                if (i == 0) {
                    rows.add(new Row(arm.variant() + " (control)", arm.users(), mean, null, "", "", "", "", "", ""));
                    continue;
                }
                ExperimentResults.Comparison c = m.comparisons().get(i - 1);
                rows.add(row(arm, mean, c, scale));
            }
            metrics.add(new MetricRows(m.metric().key(), lower(m.role()), lower(m.metric().kind()),
                    lower(m.metric().goal()), rows));
        }
        return new ResultsPanel(results, metrics, both.feedbackImpact());
    }

    private static Row row(ExperimentResults.Arm arm, String mean, ExperimentResults.Comparison c, double scale) {
        var t = c.test();
        String verdict = switch (c.verdict()) {
            case BETTER -> "better";
            case WORSE -> "worse";
            case NO_SIGNIFICANT_DIFFERENCE -> "no significant difference";
            case UNDEFINED -> t.error() == null ? "-" : t.error();
        };
        if (t.estimate() == null) {
            return new Row(arm.variant(), arm.users(), mean, null, "-", "-", "-", "-", verdict, "undefined");
        }
        Bar bar = new Bar(x(0, scale), x(t.lower() == null ? -scale : t.lower(), scale),
                x(t.upper() == null ? scale : t.upper(), scale), x(t.estimate(), scale), t.lower() == null,
                t.upper() == null);
        return new Row(arm.variant(), arm.users(), mean, bar, percent(t.estimate()),
                "[" + (t.lower() == null ? "-inf" : percent(t.lower())) + ", "
                        + (t.upper() == null ? "+inf" : percent(t.upper())) + "]",
                p(t.pValue()), p(c.adjustedPValue()), verdict, lower(c.verdict()).replace('_', '-'));
    }

    /** The largest bound or estimate of the metric's comparisons, at least 1 %: the bars' half width. */
    private static double scale(ExperimentResults.MetricResult m) {
        double max = 0.01;
        for (ExperimentResults.Comparison c : m.comparisons()) {
            for (Double v : new Double[] {c.test().estimate(), c.test().lower(), c.test().upper()}) {
                if (v != null && Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        return max * 1.1;
    }

    private static double x(double value, double scale) {
        double clipped = Math.max(-scale, Math.min(scale, value));
        return Math.round((clipped / scale + 1) / 2 * WIDTH * 10) / 10.0;
    }

    /** 0.1234 as "12.3 %" - for the feedback panel. */
    public String share(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f %%", value * 100);
    }

    public String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public String score(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%+.2f", value);
    }

    public String pValue(double value) {
        return p(value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%+.1f %%", share * 100);
    }

    private static String p(Double value) {
        if (value == null) {
            return "-";
        }
        return value < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String format(double mean, boolean proportion) {
        return proportion ? String.format(Locale.ROOT, "%.2f %%", mean * 100) : String.format(Locale.ROOT, "%.3f", mean);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
